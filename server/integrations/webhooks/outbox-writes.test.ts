import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  api,
  createTestApp,
  describeDb,
  login,
  makeTenant,
  type Session,
  type TestApp,
} from '../../../test/app.ts';
import { failOrphanedImport } from '../../eventlog/job-lease.ts';
import { INTERRUPTED } from '../../eventlog/jobs.ts';
import { setStatus } from '../../eventlog/repository.ts';
import { bigCsv, importLog } from '../../eventlog/test/helpers.ts';
import { claimAlertFiring } from '../../smiley/repository.ts';
import { fullForm, openSurveyFor, postForm } from '../../surveys/test-helpers.ts';

/**
 * The outbox is written by the writers (migration 0024 dropped 0014's triggers): every path that makes
 * a reported change writes its event in the same statement, for subscribed municipalities only, with
 * ids and counts but no free text — and the paths the triggers ignored write nothing.
 */
describeDb('webhook outbox writes', () => {
  let t: TestApp;
  let tenant: Awaited<ReturnType<typeof makeTenant>>;
  let admin: Session;
  const subscriptions: string[] = [];
  beforeAll(async () => {
    t = await createTestApp({ BORGERBLIK_WEBHOOK_WORKER: 'false' });
    tenant = await makeTenant(t.database, 'outw');
    admin = await login(t.app, tenant.users.admin.email);
    for (const url of ['https://a.example.invalid/hook', 'https://b.example.invalid/hook']) {
      const row = await t.database.db
        .insertInto('webhook_subscription')
        .values({
          municipality_id: tenant.municipality.id,
          url,
          events: [
            'complaint.created',
            'eventlog.ready',
            'eventlog.failed',
            'smiley.alert',
            'initiative.evaluated',
          ],
          secret_box: 'unused',
          created_by: tenant.users.admin.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      subscriptions.push(row.id);
    }
    subscriptions.sort();
  });
  afterAll(() => t.close());

  const outbox = (type: string) =>
    t.database.db
      .selectFrom('webhook_delivery')
      .select(['subscription_id', 'event_id', 'payload'])
      .where('event_type', '=', type)
      .orderBy('id')
      .execute();
  /** One event per change, delivered to both subscriptions (in their order) under one event id. */
  const events = async (type: string) => {
    const rows = await outbox(type);
    const out: Array<Record<string, unknown>> = [];
    for (let i = 0; i < rows.length; i += 2) {
      expect(rows.slice(i, i + 2).map((r) => r.subscription_id)).toEqual(subscriptions);
      expect(rows[i + 1]?.event_id).toBe(rows[i]?.event_id);
      out.push(rows[i]?.payload as Record<string, unknown>);
    }
    return out;
  };

  it('complaint.created for a recorded complaint, none for imported ones', async () => {
    const res = await api(t.app, admin, 'POST', '/complaints', {
      receivedOn: '2026-11-02',
      unitId: tenant.unit.id,
      channel: 'email',
      aboutProcess: true,
      aboutDecision: false,
      severity: 3,
      description: 'Borgeren Hans Hansen er vred',
    });
    expect(res.statusCode, res.body).toBe(201);
    const csv = `Dato;Enhed;Handler om;Procesårsag\n2025-03-01;${tenant.unit.name};proces;ventetid\n`;
    const content = Buffer.from(csv).toString('base64');
    const preview = await api(t.app, admin, 'POST', '/complaints/import/preview', {
      fileName: 'k.csv',
      content,
    });
    const { mapping } = preview.json();
    const imported = await api(t.app, admin, 'POST', '/complaints/import', {
      fileName: 'k.csv',
      content,
      mapping,
    });
    expect(imported.json().imported, imported.body).toBe(1);
    expect(await events('complaint.created')).toEqual([
      {
        complaintId: res.json().complaint.id,
        unitId: tenant.unit.id,
        receivedOn: '2026-11-02',
        kind: 'complaint',
        channel: 'email',
        severity: 3,
        aboutProcess: true,
        aboutDecision: false,
      },
    ]);
  });

  it('eventlog.ready from an import, eventlog.failed once per failure', async () => {
    const log = await importLog(t.app, admin, bigCsv(40), {
      format: 'csv',
      csv: { caseId: 'case', activity: 'activity', timestamp: 'time', resource: 'user' },
    });
    expect(log.status).toBe('ready');
    expect(await events('eventlog.ready')).toEqual([{ eventLogId: log.id, events: 40, cases: 4 }]);

    const m = { municipalityId: tenant.municipality.id };
    const failing = await t.database.db
      .insertInto('eventlog')
      .values({
        municipality_id: m.municipalityId,
        name: 'x',
        format: 'csv',
        status: 'importing',
        options: '{}',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const error = INTERRUPTED;
    expect(await failOrphanedImport(t.database.db, m, failing.id, error, true)).toBe(true);
    // Failing a failed log again (an upload retried and failed) is no new event; cancelling is none.
    expect(
      await setStatus(t.database.db, m, failing.id, 'failed', { error, from: ['uploading', 'failed'] }),
    ).toBe(true);
    await setStatus(t.database.db, m, failing.id, 'importing', { from: ['failed'] });
    await setStatus(t.database.db, m, failing.id, 'cancelled', { from: ['importing'] });
    expect(await events('eventlog.failed')).toEqual([
      { eventLogId: failing.id, errorCode: INTERRUPTED.code },
    ]);
  });

  it('smiley.alert when an alert rule fires, not when a claim within the window fails', async () => {
    const db = t.database.db;
    const m = { municipalityId: tenant.municipality.id };
    await db
      .insertInto('smiley_alert_rule')
      .values({
        municipality_id: m.municipalityId,
        unit_id: tenant.unit.id,
        window_minutes: 15,
        min_presses: 4,
        unhappy_share: 0.5,
      })
      .execute();
    const at = new Date('2026-03-01T10:00:00Z');
    expect(await claimAlertFiring(db, m, tenant.unit.id, at, 15)).toBe(true);
    expect(await claimAlertFiring(db, m, tenant.unit.id, new Date(at.getTime() + 60_000), 15)).toBe(false);
    const fired = await events('smiley.alert');
    expect(fired).toHaveLength(1);
    expect(fired[0]).toMatchObject({
      unitId: tenant.unit.id,
      windowMinutes: 15,
      minPresses: 4,
      unhappyShare: 0.5,
    });
    expect(Date.parse(String(fired[0]?.firedAt))).toBe(at.getTime());
  });

  it('initiative.evaluated when a report is first shared, not when its link is renewed', async () => {
    const created = await api(t.app, admin, 'POST', '/improvement/initiatives', {
      title: 'Hemmelig titel',
      description: 'Fritekst',
      design: 'before_after',
      baselineStart: '2026-01-05',
      baselineEnd: '2026-01-30',
      testStart: '2026-02-02',
      testEnd: '2026-02-27',
      measures: { items: ['satisfaction.overall'], categories: [], counts: [] },
      testUnitIds: [tenant.unit.id],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().initiative.id;
    const share = `/improvement/initiatives/${id}/share`;
    expect((await api(t.app, admin, 'POST', share)).statusCode).toBe(200);
    expect((await api(t.app, admin, 'POST', share)).statusCode).toBe(200);
    const rows = await events('initiative.evaluated');
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(['design', 'initiativeId', 'testEnd', 'testStart']);
    expect(rows[0]).toMatchObject({ initiativeId: id, design: 'before_after' });
    // A timestamptz as jsonb, as the trigger wrote it: midnight of the test start in the session's zone.
    const start = Date.parse(String(rows[0]?.testStart)) - Date.parse('2026-02-02T00:00:00Z');
    expect(Math.abs(start)).toBeLessThanOrEqual(14 * 3_600_000);
    expect(JSON.stringify(rows)).not.toMatch(/Hemmelig|Fritekst/);
    expect((await api(t.app, admin, 'DELETE', share)).statusCode).toBe(200);
    expect((await api(t.app, admin, 'POST', share)).statusCode).toBe(200);
    expect(await events('initiative.evaluated')).toHaveLength(2);
  });

  it('counts responses from the form, the kiosk and the pulse, for subscribed municipalities only', async () => {
    const db = t.database.db;
    /** The counted responses per survey (however many statements counted them). */
    const ticks = async (m: string) => {
      const rows = await db
        .selectFrom('webhook_response_tick')
        .select(['survey_id', 'n'])
        .where('municipality_id', '=', m)
        .execute();
      const sums: Record<string, number> = {};
      for (const r of rows) sums[r.survey_id] = (sums[r.survey_id] ?? 0) + r.n;
      return sums;
    };
    const analyst = await login(t.app, tenant.users.analyst.email);
    const survey = await openSurveyFor(t.app, analyst, tenant.unit.id);
    // Not subscribed to responses yet: nothing is counted.
    expect((await postForm(t.app, survey.path, fullForm(0))).statusCode).toBe(303);
    expect(await ticks(tenant.municipality.id)).toEqual({});
    await db
      .updateTable('webhook_subscription')
      .set({ events: ['response.received'] })
      .where('id', '=', subscriptions[0] ?? '')
      .execute();
    expect((await postForm(t.app, survey.path, fullForm(0))).statusCode).toBe(303);
    const kiosk = await api(t.app, analyst, 'POST', `/surveys/${survey.id}/kiosks`, { name: 'Skranke' });
    const kioskToken = (kiosk.json().kioskPath as string).split('#')[1] ?? '';
    const sent = await t.app.inject({
      method: 'POST',
      url: survey.path,
      headers: { 'x-kiosk-token': kioskToken },
      payload: { idempotencyKey: 'outbox-writes-01', locale: 'da', answers: { 'coherence.solutions': '4' } },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const round = await api(t.app, analyst, 'POST', '/pulse/rounds', {
      title: 'Puls',
      unitIds: [tenant.unit.id],
      opensAt: '2025-01-01',
    });
    const token = round.json().round.token as string;
    const pulse = await t.app.inject({
      method: 'POST',
      url: `/api/v1/pulse/answer/${token}`,
      payload: {
        unitId: tenant.unit.id,
        locale: 'da',
        answers: { 'local.pulse_daily_work': 4, 'local.pulse_knowledge': 4 },
      },
    });
    expect(pulse.statusCode, pulse.body).toBe(201);
    const pulseSurvey = await db
      .selectFrom('survey')
      .select('id')
      .where('public_token', '=', token)
      .executeTakeFirstOrThrow();
    expect(await ticks(tenant.municipality.id)).toEqual({ [survey.id]: 2, [pulseSurvey.id]: 1 });

    const other = await makeTenant(t.database, 'outwb');
    const otherAnalyst = await login(t.app, other.users.analyst.email);
    const otherSurvey = await openSurveyFor(t.app, otherAnalyst, other.unit.id);
    expect((await postForm(t.app, otherSurvey.path, fullForm(0))).statusCode).toBe(303);
    expect(await ticks(other.municipality.id)).toEqual({});
  });
});
