import JSZip from 'jszip';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, describeDb, login, makeTenant, type Session } from '../../../test/app.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { tenantTables } from '../export/tenant-tables.ts';
import { eventlogAt, fixtureSurvey, responsesAt, rowsAt } from '../test-fixture.ts';

const NOW = new Date('2026-06-15T12:00:00Z');

async function seed(database: DatabaseHandle, slug: string) {
  const db = database.db;
  const tenant = await makeTenant(database, slug);
  const m = tenant.municipality.id;
  const u = tenant.unit.id;
  const survey = await fixtureSurvey(db, m, u, 'S');
  const smiley = await fixtureSurvey(db, m, u, 'Smiley', 'smiley');
  await responsesAt(db, m, survey, u, '2026-05-04T10:00:00Z', 6);
  await rowsAt(db, m, u, tenant.users.admin.id, '2026-05-04T10:00:00Z', smiley);
  const log = await eventlogAt(db, m, '2026-05-04T10:00:00Z', 'log');
  await db
    .insertInto('legal_hold')
    .values({ municipality_id: m, target_type: 'eventlog', target_id: log })
    .execute();
  await db
    .insertInto('retention_setting')
    .values({ municipality_id: m, kind: 'complaints', days: 400 })
    .execute();
  await sql`select dashboard_roll_up()`.execute(db);
  return tenant;
}

/** Rows per tenant table of one municipality, every table with a municipality_id found in the catalogue. */
async function countsOf(database: DatabaseHandle, m: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of await tenantTables(database.db)) {
    const r = await sql<{
      n: number;
    }>`select count(*)::int as n from ${sql.raw(`"${t.name}"`)} where municipality_id = ${m}`.execute(
      database.db,
    );
    out[t.name] = r.rows[0]?.n ?? 0;
  }
  return out;
}

describeDb('export and offboarding', () => {
  let database: DatabaseHandle;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let a: Awaited<ReturnType<typeof seed>>;
  let b: Awaited<ReturnType<typeof seed>>;
  let admin: Session;
  beforeAll(async () => {
    database = await createTestDatabase();
    a = await seed(database, 'offa');
    b = await seed(database, 'offb');
    app = await buildApp({
      database,
      config: { ...loadConfig({}), webDir: '/nonexistent' },
      clock: { now: () => NOW },
    });
    admin = await login(app, a.users.admin.email);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('exports every table of the municipality with a manifest, no secrets, people as CSV', async () => {
    const analyst = await login(app, a.users.analyst.email);
    expect((await api(app, analyst, 'GET', '/lifecycle/export.zip')).statusCode).toBe(403);
    const counts = await countsOf(database, a.municipality.id);
    const res = await api(app, admin, 'GET', '/lifecycle/export.zip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.schemaVersion).toMatch(/^\d{4}_/);
    // Counts in the manifest are what is in the database (sessions include the login just made).
    for (const [table, n] of Object.entries(counts)) {
      if (table === 'session' || table === 'audit_log') continue;
      expect([table, manifest.tables[table]]).toEqual([table, n]);
    }
    const responses = (await zip.file('tables/survey_response.jsonl')!.async('string')).trim().split('\n');
    expect(responses).toHaveLength(counts.survey_response ?? -1);
    const users = await zip.file('tables/app_user.jsonl')!.async('string');
    expect(users).not.toContain('password_hash');
    expect(users).not.toContain(b.users.admin.email);
    const csv = await zip.file('people/users.csv')!.async('string');
    expect(csv.trim().split('\r\n')).toHaveLength(5);
  });

  it('offboards only after confirmation and the final export; no row of it remains, the other is untouched', async () => {
    const fresh = await buildApp({
      database,
      config: { ...loadConfig({}), webDir: '/nonexistent' },
      clock: { now: () => new Date(NOW.getTime() + 2 * 86_400_000) },
    });
    const late = await login(fresh, a.users.admin.email);
    // Two days later the export is too old.
    expect(
      (await api(fresh, late, 'POST', '/lifecycle/offboarding', { confirmSlug: 'offa' })).json().error.code,
    ).toBe('offboarding_export_required');
    await fresh.close();

    const wrong = await api(app, admin, 'POST', '/lifecycle/offboarding', { confirmSlug: 'offb' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields[0].path).toBe('confirmSlug');
    const preview = (await api(app, admin, 'GET', '/lifecycle/offboarding')).json();
    expect(preview).toMatchObject({ slug: 'offa', lastExportAt: expect.any(String) });
    expect(preview.rows).toBeGreaterThan(30);

    const before = await countsOf(database, b.municipality.id);
    const res = await api(app, admin, 'POST', '/lifecycle/offboarding', { confirmSlug: 'offa' });
    expect(res.statusCode).toBe(200);
    const left = await countsOf(database, a.municipality.id);
    expect(Object.keys(left).length).toBeGreaterThan(30);
    expect(Object.entries(left).filter(([, n]) => n > 0)).toEqual([]);
    expect(
      await database.db.selectFrom('municipality').select('id').where('id', '=', a.municipality.id).execute(),
    ).toEqual([]);
    expect(await countsOf(database, b.municipality.id)).toEqual(before);
    // The other municipality's dashboard figures still add up.
    const rollup = await sql<{
      n: number;
    }>`select sum(n)::int as n from dashboard_rollup where municipality_id = ${b.municipality.id}`.execute(
      database.db,
    );
    expect(rollup.rows[0]?.n).toBeGreaterThan(0);
    expect((await api(app, admin, 'GET', '/lifecycle/retention')).statusCode).toBe(401);
  });
});
