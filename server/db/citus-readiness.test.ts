import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, createTestApp, describeDb, login, makeTenant, type TestApp } from '../../test/app.ts';
import { QueryRecorder } from '../../test/query-recorder.ts';
import { unscopedStatements } from '../../test/tenant-filter.ts';
import { fullForm, openSurveyFor, postForm } from '../surveys/test-helpers.ts';
import {
  COORDINATOR_TABLES,
  distributionStatements,
  listForeignKeys,
  listTables,
  listTriggers,
  listUniqueIndexes,
  DISTRIBUTION_COLUMN as M,
  REFERENCE_TABLES,
} from './distribution.ts';

/**
 * Citus readiness of the schema after all migrations (docs/SCALING.md): what a cluster distributed by
 * municipality_id could not enforce or route to one shard fails here, on PGlite and PostgreSQL alike.
 */
describeDb('Citus readiness', () => {
  let t: TestApp;
  const recorder = new QueryRecorder();
  let tenant = new Set<string>();
  beforeAll(async () => {
    t = await createTestApp({}, [recorder]);
    tenant = new Set((await listTables(db())).filter((x) => x.tenant).map((x) => x.name));
  });
  afterAll(() => t?.close());
  const db = () => t.database.db.withoutPlugins();

  it('has no table that is neither a tenant table nor on the reference or coordinator list', async () => {
    const known = new Set<string>([...REFERENCE_TABLES, ...COORDINATOR_TABLES]);
    const stray = (await listTables(db())).filter((x) => !x.tenant && !known.has(x.name)).map((x) => x.name);
    expect(stray).toEqual([]);
    for (const r of REFERENCE_TABLES) expect(tenant.has(r), `${r} is a reference table`).toBe(false);
  });

  it('includes municipality_id in every primary key and unique index of a tenant table', async () => {
    const bad = (await listUniqueIndexes(db()))
      .filter((i) => tenant.has(i.table) && !i.columns.includes(M))
      .map((i) => `${i.table}.${i.name}(${i.columns.join(', ')})`);
    expect(bad).toEqual([]);
  });

  it('keeps municipality_id = municipality_id in every foreign key between tenant tables', async () => {
    const fks = await listForeignKeys(db());
    expect(fks.length).toBeGreaterThan(40);
    expect(fks.every((fk) => Array.isArray(fk.columns) && Array.isArray(fk.refColumns))).toBe(true);
    const bad = fks
      .filter((fk) => tenant.has(fk.table) || tenant.has(fk.refTable))
      .filter((fk) => {
        if (!tenant.has(fk.table)) return true; // a reference table cannot point into a distributed one
        if (!tenant.has(fk.refTable)) return false; // tenant → reference: allowed
        const i = fk.columns.indexOf(M);
        return i < 0 || fk.refColumns[i] !== M;
      })
      .map(
        (fk) =>
          `${fk.table}.${fk.name}(${fk.columns.join(', ')}) → ${fk.refTable}(${fk.refColumns.join(', ')})`,
      );
    expect(bad).toEqual([]);
  });

  it('has no trigger on a table that would be distributed', async () => {
    // Citus refuses triggers on distributed tables unless citus.enable_unsafe_triggers is on, and a
    // trigger on a shard that writes another table runs a distributed query from a worker. Derived
    // tables (the dashboard's queue, the webhook outbox) are written by the writers (0011, 0024).
    const bad = (await listTriggers(db()))
      .filter((g) => tenant.has(g.table))
      .map((g) => `${g.table}.${g.name}`);
    expect(bad).toEqual([]);
  });

  it('keeps no trigger function whose triggers are gone (dropped in 0022 and 0024)', async () => {
    const { rows } = await sql<{ name: string }>`
      select p.proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = current_schema()
        and (p.proname = 'dashboard_on_change' or p.proname like 'webhook_on_%')`.execute(db());
    expect(rows).toEqual([]);
  });

  it('filters every query of the public routes and the dashboard by municipality_id', async () => {
    const ten = await makeTenant(t.database, 'citus');
    recorder.statements.length = 0;
    const analyst = await login(t.app, ten.users.analyst.email);
    const survey = await openSurveyFor(t.app, analyst, ten.unit.id);
    expect((await t.app.inject({ url: survey.path })).statusCode).toBe(200);
    expect((await postForm(t.app, survey.path, fullForm(0))).statusCode).toBe(303);
    const kiosk = await api(t.app, analyst, 'POST', `/surveys/${survey.id}/kiosks`, { name: 'Skranke' });
    const kioskToken = (kiosk.json().kioskPath as string).split('#')[1] ?? '';
    const config = await t.app.inject({ url: '/kiosk/config', headers: { 'x-kiosk-token': kioskToken } });
    expect(config.statusCode).toBe(200);
    const round = await api(t.app, analyst, 'POST', '/pulse/rounds', {
      title: 'Puls',
      unitIds: [ten.unit.id],
      opensAt: '2025-01-01',
    });
    const pulse = await t.app.inject({ url: `/api/v1/pulse/answer/${round.json().round.token}` });
    expect(pulse.statusCode).toBe(200);
    const year = new Date().getUTCFullYear();
    const q = `from=${year}-01-01&to=${year}-12-31`;
    expect((await api(t.app, analyst, 'GET', `/dashboard/overview?${q}`)).statusCode).toBe(200);
    expect(recorder.statements.length).toBeGreaterThan(20);
    expect(unscopedStatements(recorder.statements, tenant)).toEqual([]);
  });

  it('documents the Citus statements of this schema, in an order Citus accepts, in docs/SCALING.md', async () => {
    const doc = readFileSync(new URL('../../docs/SCALING.md', import.meta.url), 'utf8');
    const statements = await distributionStatements(db());
    const positions = statements.map((s) => doc.indexOf(s));
    expect(statements.filter((_s, i) => positions[i] === -1)).toEqual([]);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});
