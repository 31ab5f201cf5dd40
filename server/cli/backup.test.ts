import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeDb, login, makeTenant } from '../../test/app.ts';
import { testDatabaseKind } from '../../test/db.ts';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { type DatabaseHandle, openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { tenantTables } from '../lifecycle/export/tenant-tables.ts';
import { fixtureSurvey, responsesAt, rowsAt } from '../lifecycle/test-fixture.ts';
import { main } from './main.ts';

let folder: string;
const pgAdmin = () => inject('pgAdminUrl');

/** A database of this run's kind that a CLI process can reach: a PGlite folder or a new PostgreSQL database. */
async function target(
  name: string,
): Promise<{ env: NodeJS.ProcessEnv; open: () => Promise<DatabaseHandle> }> {
  if (testDatabaseKind() === 'pglite') {
    const dir = join(folder, name);
    return { env: { BORGERBLIK_DATA_DIR: dir, LANG: 'en' }, open: () => openDatabase({ dataDir: dir }) };
  }
  const db = `bk_${name}_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgAdmin() });
  await admin.connect();
  await admin.query(`drop database if exists ${db}`);
  await admin.query(`create database ${db}`);
  await admin.end();
  const url = pgAdmin().replace(/\/postgres$/, `/${db}`);
  return { env: { DATABASE_URL: url, LANG: 'en' }, open: () => openDatabase({ url }) };
}

/** Rows of every table, and the dashboard overview an admin sees. */
async function figures(database: DatabaseHandle) {
  const counts: Record<string, number> = {};
  for (const t of await tenantTables(database.db)) {
    const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.raw(`"${t.name}"`)}`.execute(
      database.db,
    );
    counts[t.name] = r.rows[0]?.n ?? 0;
  }
  const app = await buildApp({ database, config: { ...loadConfig({}), webDir: '/nonexistent' } });
  const s = await login(app, 'analyst@bk.dk');
  const overview = await app.inject({
    method: 'GET',
    url: '/api/v1/dashboard/overview',
    headers: { cookie: s.cookie },
  });
  await app.close();
  // The login itself adds a session and an audit entry: compare the rest.
  delete counts.session;
  delete counts.audit_log;
  return { counts, overview: overview.json() };
}

describeDb('backup and restore', () => {
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'bb-backup-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('round-trips: backup → fresh database → restore gives the same rows and dashboard figures', async () => {
    const source = await target('src');
    let database = await source.open();
    await migrateToLatest(database.db);
    const tenant = await makeTenant(database, 'bk');
    const m = tenant.municipality.id;
    const survey = await fixtureSurvey(database.db, m, tenant.unit.id, 'S');
    const smiley = await fixtureSurvey(database.db, m, tenant.unit.id, 'Smiley', 'smiley');
    await responsesAt(database.db, m, survey, tenant.unit.id, '2026-05-04T10:00:00Z', 7, 5);
    await responsesAt(database.db, m, survey, tenant.unit.id, '2026-05-12T10:00:00Z', 6, 3);
    await rowsAt(database.db, m, tenant.unit.id, tenant.users.admin.id, '2026-05-04T10:00:00Z', smiley);
    await sql`select dashboard_roll_up()`.execute(database.db);
    const before = await figures(database);
    await database.close();

    const file = join(folder, 'borgerblik.backup');
    const out: string[] = [];
    const io = (env: NodeJS.ProcessEnv) => ({
      out: (t: string) => out.push(t),
      err: (t: string) => out.push(t),
      env,
    });
    expect(await main(['backup', file], io(source.env))).toBe(0);

    const fresh = await target('dst');
    expect(await main(['restore', file], io(fresh.env))).toBe(0);
    // A second restore over data is refused on PGlite (never overwrite a folder); PostgreSQL replaces.
    if (testDatabaseKind() === 'pglite') expect(await main(['restore', file], io(fresh.env))).toBe(1);
    database = await fresh.open();
    try {
      await migrateToLatest(database.db);
      const after = await figures(database);
      expect(after.counts).toEqual(before.counts);
      expect(after.counts.survey_response).toBe(13);
      expect(after.overview).toEqual(before.overview);
    } finally {
      await database.close();
    }
    // A fresh PGlite folder runs initdb and every migration: slow on a busy machine.
  }, 240_000);

  it('names what is wrong with a file that is no backup', async () => {
    const file = join(folder, 'not-a-backup.txt');
    await import('node:fs/promises').then((fs) => fs.writeFile(file, 'hello'));
    const err: string[] = [];
    const env =
      testDatabaseKind() === 'pglite'
        ? { BORGERBLIK_DATA_DIR: join(folder, 'x'), LANG: 'en' }
        : { DATABASE_URL: pgAdmin(), LANG: 'en' };
    expect(await main(['restore', file], { out: () => {}, err: (t) => err.push(t), env })).toBe(1);
    expect(err.join('')).toContain('not a Borgerblik backup');
  });
});
