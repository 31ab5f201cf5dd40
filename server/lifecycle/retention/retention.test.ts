import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, describeDb, login, makeTenant, type Session } from '../../../test/app.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { countRows, eventlogAt, fixtureSurvey, responsesAt, rowsAt } from '../test-fixture.ts';
import { runRetention } from './job.ts';
import { sendDueWarnings, upcomingDeletions } from './warnings.ts';

const NOW = new Date('2026-06-15T12:00:00Z');
const OLD = '2020-01-13T10:00:00Z'; // more than 6 years before NOW: past every default period
const NEW = '2026-06-05T10:00:00Z'; // ten days before NOW: within every period
type Fixture = Awaited<ReturnType<typeof seed>>;

async function seed(database: DatabaseHandle, slug: string) {
  const db = database.db;
  const tenant = await makeTenant(database, slug);
  const m = tenant.municipality.id;
  const u = tenant.unit.id;
  const kept = await fixtureSurvey(db, m, u, 'Kept');
  const held = await fixtureSurvey(db, m, u, 'Held');
  const smiley = await fixtureSurvey(db, m, u, 'Smiley', 'smiley');
  await responsesAt(db, m, kept, u, OLD, 6); // a group above the threshold of 5
  await responsesAt(db, m, kept, u, '2020-03-09T10:00:00Z', 1); // a group of one: not kept
  await responsesAt(db, m, kept, u, NEW, 2);
  await responsesAt(db, m, held, u, OLD, 2);
  await rowsAt(db, m, u, tenant.users.admin.id, OLD, smiley);
  await rowsAt(db, m, u, tenant.users.admin.id, NEW, smiley);
  const oldLog = await eventlogAt(db, m, OLD, 'old');
  const heldLog = await eventlogAt(db, m, OLD, 'held');
  const rawLog = await eventlogAt(db, m, '2025-01-01T00:00:00Z', 'raw'); // past raw (1 y), within whole log (5 y)
  await db
    .insertInto('legal_hold')
    .values([
      { municipality_id: m, target_type: 'survey', target_id: held, reason: 'sag' },
      { municipality_id: m, target_type: 'eventlog', target_id: heldLog, reason: 'sag' },
    ])
    .execute();
  await sql`select dashboard_roll_up()`.execute(db);
  return { tenant, m, kept, held, oldLog, heldLog, rawLog };
}

describeDb('retention job', () => {
  let database: DatabaseHandle;
  let a: Fixture;
  let b: Fixture;
  beforeAll(async () => {
    database = await createTestDatabase();
    a = await seed(database, 'reta');
    b = await seed(database, 'retb');
  });
  afterAll(() => database.close());

  it('warns of what falls due within 14 days', async () => {
    const soon = new Date(NOW.getTime() + 14 * 86_400_000);
    // Ten days from now the new rows are not yet due; the old ones are already overdue.
    const upcoming = await upcomingDeletions(database.db, { municipalityId: a.m }, NOW);
    expect(upcoming.find((u) => u.kind === 'complaints')).toEqual({
      kind: 'complaints',
      rows: 0,
      overdue: 1,
    });
    const sessions = await upcomingDeletions(
      database.db,
      { municipalityId: a.m },
      new Date(soon.getTime() + 30 * 86_400_000),
    );
    expect(sessions.find((u) => u.kind === 'sessions')?.overdue).toBeGreaterThan(0);
  });

  it('deletes exactly the rows past their period, keeps aggregates above the threshold, respects holds', async () => {
    const db = database.db;
    const rollupBefore = await sql<{
      n: number;
    }>`select n from dashboard_rollup where municipality_id = ${a.m}
      and survey_id = ${a.kept} and grain = 'm' and bucket = '2020-01-01' and item_id = 'coherence.solutions' and channel = '*'`.execute(
      db,
    );
    expect(rollupBefore.rows[0]?.n).toBe(6);

    const outcomes = await runRetention(
      db,
      { municipalityId: a.m },
      { now: NOW, trigger: 'manual', actorUserId: null, dataDir: '/nonexistent' },
    );
    const rows = Object.fromEntries(outcomes.map((o) => [o.kind, o.rows]));
    expect(rows).toMatchObject({
      survey_responses: 7,
      smiley_presses: 1,
      observations: 1,
      interviews: 1,
      complaints: 1,
      audit_log: 1,
      eventlog: 1,
      eventlog_raw: 2,
    });
    expect(await countRows(db, 'survey_response', a.m, `survey_id = '${a.kept}'`)).toBe(2);
    expect(await countRows(db, 'survey_response', a.m, `survey_id = '${a.held}'`)).toBe(2);
    expect(await countRows(db, 'smiley_press', a.m)).toBe(1);
    expect(await countRows(db, 'improvement_observation', a.m)).toBe(1);
    expect(await countRows(db, 'improvement_interview', a.m)).toBe(1);
    expect(await countRows(db, 'improvement_quote', a.m)).toBe(1);
    expect(await countRows(db, 'complaint', a.m)).toBe(1);
    expect(await countRows(db, 'eventlog', a.m)).toBe(2);
    expect(await countRows(db, 'eventlog_event', a.m, 'attrs is not null')).toBe(2); // the held log's
    expect(await countRows(db, 'eventlog_case', a.m, `log_id = '${a.rawLog}' and attrs is not null`)).toBe(0);

    // The month of six keeps its figures; the month of one does not.
    const kept = await sql<{
      bucket: string;
      n: number;
    }>`select bucket::text, n from dashboard_rollup where municipality_id = ${a.m}
      and survey_id = ${a.kept} and grain = 'm' and item_id = 'coherence.solutions' and channel = '*' order by bucket`.execute(
      db,
    );
    expect(kept.rows).toEqual([
      { bucket: '2020-01-01', n: 6 },
      { bucket: '2026-06-01', n: 2 },
    ]);

    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('municipality_id', '=', a.m)
      .where('action', '=', 'retention.run')
      .execute();
    expect(audit).toHaveLength(1);
    const detail = audit[0]?.details as { kinds: { kind: string; rows: number; before: string }[] };
    expect(detail.kinds.find((k) => k.kind === 'complaints')).toMatchObject({
      rows: 1,
      before: '2021-06-16T12:00:00.000Z',
    });

    // The other municipality is untouched.
    expect(await countRows(db, 'survey_response', b.m)).toBe(11);
    expect(await countRows(db, 'complaint', b.m)).toBe(2);
  });

  it('without kept aggregates the figures follow the remaining responses', async () => {
    const db = database.db;
    await db
      .insertInto('retention_setting')
      .values({ municipality_id: b.m, kind: 'survey_responses', days: 1095, keep_aggregates: false })
      .execute();
    await runRetention(
      db,
      { municipalityId: b.m },
      { now: NOW, trigger: 'schedule', actorUserId: null, dataDir: '/nonexistent' },
    );
    const left = await sql<{
      bucket: string;
    }>`select distinct bucket::text from dashboard_rollup where municipality_id = ${b.m}
      and survey_id = ${b.kept} and grain = 'm'`.execute(db);
    expect(left.rows.map((r) => r.bucket)).toEqual(['2026-06-01']);
  });

  it('free text can go before the scores', async () => {
    const db = database.db;
    await db
      .insertInto('retention_setting')
      .values({ municipality_id: a.m, kind: 'survey_free_text', days: 7, keep_aggregates: true })
      .execute();
    await runRetention(
      db,
      { municipalityId: a.m },
      { now: NOW, trigger: 'manual', actorUserId: null, dataDir: '/nonexistent' },
    );
    expect(
      await countRows(
        db,
        'survey_text_answer',
        a.m,
        `response_id in (select id from survey_response where survey_id = '${a.kept}')`,
      ),
    ).toBe(0);
    expect(await countRows(db, 'survey_response', a.m, `survey_id = '${a.kept}'`)).toBe(2);
  });

  it('e-mails a warning once per period', async () => {
    const db = database.db;
    const log = { info() {}, error() {}, warn() {} } as unknown as Parameters<typeof sendDueWarnings>[3];
    // 20 days before the new complaint's five years are up it is not yet in the window; 10 days before it is.
    const fiveYears = new Date(new Date(NEW).getTime() + 1826 * 86_400_000);
    const early = new Date(fiveYears.getTime() - 20 * 86_400_000);
    const late = new Date(fiveYears.getTime() - 10 * 86_400_000);
    expect(await sendDueWarnings(db, { municipalityId: a.m }, early, log)).not.toContain('complaints');
    expect(await sendDueWarnings(db, { municipalityId: a.m }, late, log)).toContain('complaints');
    expect(await sendDueWarnings(db, { municipalityId: a.m }, late, log)).not.toContain('complaints');
  });
});

describeDb('retention API', () => {
  let database: DatabaseHandle;
  let admin: Session;
  let viewer: Session;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let f: Fixture;
  beforeAll(async () => {
    database = await createTestDatabase();
    f = await seed(database, 'retapi');
    app = await buildApp({
      database,
      config: { ...loadConfig({}), webDir: '/nonexistent' },
      clock: { now: () => NOW },
    });
    admin = await login(app, f.tenant.users.admin.email);
    viewer = await login(app, f.tenant.users.viewer.email);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('shows settings with limits and what is due, refuses periods outside the limits naming the field', async () => {
    expect((await api(app, viewer, 'GET', '/lifecycle/retention')).statusCode).toBe(403);
    const view = (await api(app, admin, 'GET', '/lifecycle/retention')).json();
    expect(view.settings.find((s: { kind: string }) => s.kind === 'complaints')).toMatchObject({
      days: 1825,
      minDays: 365,
    });
    expect(view.upcoming.find((u: { kind: string }) => u.kind === 'complaints')?.overdue).toBe(1);
    const bad = await api(app, admin, 'PATCH', '/lifecycle/retention', {
      settings: [
        { kind: 'survey_responses', days: 400, keepAggregates: true },
        { kind: 'complaints', days: 10, keepAggregates: false },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((x: { path: string }) => x.path)).toEqual(['settings.1.days']);
    const longer = await api(app, admin, 'PATCH', '/lifecycle/retention', {
      settings: [{ kind: 'survey_free_text', days: 2000, keepAggregates: false }],
    });
    expect(longer.statusCode).toBe(400);
    const ok = await api(app, admin, 'PATCH', '/lifecycle/retention', {
      settings: [{ kind: 'complaints', days: 400, keepAggregates: false }],
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().settings.find((s: { kind: string }) => s.kind === 'complaints').days).toBe(400);
  });

  it('runs on demand and manages legal holds in the own municipality only', async () => {
    const run = await api(app, admin, 'POST', '/lifecycle/retention/run');
    expect(run.statusCode).toBe(200);
    expect(run.json().outcomes.find((o: { kind: string }) => o.kind === 'complaints').rows).toBe(1);
    const holds = (await api(app, admin, 'GET', '/lifecycle/holds')).json();
    expect(holds.holds).toHaveLength(2);
    expect(
      (
        await api(app, admin, 'POST', '/lifecycle/holds', {
          targetType: 'survey',
          targetId: crypto.randomUUID(),
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await api(app, admin, 'POST', '/lifecycle/holds', {
          targetType: 'survey',
          targetId: f.kept,
          reason: 'klage',
        })
      ).statusCode,
    ).toBe(204);
    expect((await api(app, admin, 'DELETE', `/lifecycle/holds/survey/${f.held}`)).statusCode).toBe(204);
    const after = (await api(app, admin, 'GET', '/lifecycle/holds')).json();
    expect(after.holds.map((h: { targetName: string }) => h.targetName).sort()).toEqual(['Kept', 'held']);
  });
});
