/**
 * Where one dashboard call spends its time, in-process: the same data as the benchmark (PostgreSQL,
 * tuned throw-away cluster), then per call the median of each phase (the whole call via
 * `app.inject`, the snapshot version check, the checked context, the view: aggregate, suppression,
 * statistics; JSON). Run with `node --cpu-prof` for a
 * profile of the same loop.
 *
 *   npx tsx bench/dashboard-profile.ts [--size 100000 | --url postgres://… (already loaded)] [--runs 200]
 */
import { sql } from 'kysely';
import { buildApp } from '../server/app.ts';
import type { AuthContext } from '../server/auth/context.ts';
import { loadConfig } from '../server/config.ts';
import { rebuildRollup } from '../server/dashboard/bulk-rollup.ts';
import { comparison } from '../server/dashboard/comparison.ts';
import { type DashboardContext, loadContext } from '../server/dashboard/context.ts';
import { SnapshotCache } from '../server/dashboard/context-cache.ts';
import { readSnapshotVersion } from '../server/dashboard/context-snapshot.ts';
import { overview } from '../server/dashboard/overview.ts';
import { trend } from '../server/dashboard/trend.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import type { DashboardFiltersInput } from '../shared/api/dashboard.ts';
import { startPgCluster } from '../test/pg-cluster.ts';
import { BENCH_PASSWORD, createBenchTenant, findBenchTenant, loadResponses } from './dashboard-load.ts';
import { percentile } from './dashboard-sql.ts';
import { sessionCookie } from './http-session.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const SIZE = Number(arg('size', '100000'));
const RUNS = Number(arg('runs', '200'));

async function timed<T>(into: number[], f: () => Promise<T> | T): Promise<T> {
  const t = performance.now();
  const out = await f();
  into.push(performance.now() - t);
  return out;
}

const URL = arg('url', '');
const cluster = URL ? undefined : await startPgCluster({ tuned: true });
const handle = await openDatabase({ url: URL || cluster?.url });
try {
  await migrateToLatest(handle.db);
  // --url: a database the benchmark already loaded (its tenant is found again by its slug).
  const t = URL ? await findBenchTenant(handle.db) : await createBenchTenant(handle.db);
  if (!URL) {
    await loadResponses(handle.db, t, 0, SIZE);
    await rebuildRollup(handle.db, t.municipalityId, { dropIndexes: true });
    await sql`vacuum analyze`.execute(handle.db);
  }
  const app = await buildApp({ database: handle, config: { ...loadConfig({}), webDir: '/nonexistent' } });
  await app.ready();
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: t.email, password: BENCH_PASSWORD },
  });
  const cookie = sessionCookie(login.headers['set-cookie']);
  const me = await app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
  const auth = { municipalityId: t.municipalityId, ...me.json().user } as AuthContext;
  const from = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 11, 1));
  const f = { from: from.toISOString().slice(0, 10), to: new Date().toISOString().slice(0, 10) };
  const calls: Record<
    string,
    { url: string; run: (ctx: DashboardContext) => Promise<unknown>; filters: DashboardFiltersInput }
  > = {
    overview: {
      url: `/api/v1/dashboard/overview?from=${f.from}&to=${f.to}`,
      run: async (ctx: DashboardContext) => overview(handle.db, auth, ctx),
      filters: f,
    },
    trend: {
      url: `/api/v1/dashboard/trend?from=${f.from}&to=${f.to}&unitId=${t.unitIds[0]}&interval=month`,
      run: async (ctx: DashboardContext) => trend(handle.db, auth, ctx, 'month', 'index.coherence'),
      filters: { ...f, unitId: t.unitIds[0] },
    },
    comparison: {
      url: `/api/v1/dashboard/comparison?from=${f.from}&to=${f.to}&level=units`,
      run: async (ctx: DashboardContext) => comparison(handle.db, auth, ctx, 'index.coherence', 'units'),
      filters: f,
    },
  };
  const cache = new SnapshotCache();
  for (const [name, c] of Object.entries(calls)) {
    const phases = {
      inject: [] as number[],
      check: [] as number[],
      context: [] as number[],
      view: [] as number[],
      json: [] as number[],
    };
    for (let i = 0; i < RUNS; i += 1) {
      await timed(phases.inject, () => app.inject({ url: c.url, headers: { cookie } }));
      await timed(phases.check, () => readSnapshotVersion(handle.db, auth));
      const ctx = await timed(phases.context, () => loadContext(handle.db, auth, c.filters, cache));
      const out = await timed(phases.view, () => c.run(ctx));
      await timed(phases.json, () => JSON.stringify(out));
    }
    const med = Object.entries(phases).map(([k, xs]) => `${k} ${percentile(xs, 50).toFixed(2)}`);
    console.log(`${name}: ${med.join(' · ')} ms (p50 of ${RUNS})`);
  }
  await app.close();
} finally {
  await handle.close();
  cluster?.stop();
}
