/**
 * Dashboard benchmark: 200 units, 24 months, deterministic responses at growing sizes, on a real
 * PostgreSQL (throw-away tuned cluster) and on PGlite. Times the dashboard API (overview, one unit's
 * trend, the 200-unit comparison; p50/p95 over sequential calls through HTTP) beside the same
 * aggregates as single hand-written statements, over the rollup and over the raw tables.
 *
 *   npx tsx bench/dashboard.ts [--pg 100000,1000000] [--pglite 100000] [--runs 30]
 * Results: docs/performance/dashboard.md
 */
import { cpus, totalmem } from 'node:os';
import { sql } from 'kysely';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { insertResponses, repeated } from '../server/dashboard/test-responses.ts';
import { type DatabaseHandle, openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { startPgCluster } from '../test/pg-cluster.ts';
import {
  BENCH_PASSWORD,
  type BenchTenant,
  buildRollup,
  createBenchTenant,
  loadResponses,
  maxResponseId,
} from './dashboard-load.ts';
import { type HandParams, handQueries, percentile, psqlTimes } from './dashboard-sql.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const sizes = (s: string) => s.split(',').filter(Boolean).map(Number);
const RUNS = Number(arg('runs', '30'));
const TAIL = 300;
const iso = (d: Date) => d.toISOString().slice(0, 10);

function periods(): HandParams & { today: string } {
  const now = new Date();
  const month = (k: number) => iso(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + k, 1)));
  return {
    m: '',
    unit: '',
    monthFrom: month(-11),
    monthTo: month(1),
    trendFrom: month(-23),
    today: iso(now),
  };
}

async function timeApi(base: string, cookie: string, path: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 3; i += 1) {
    const t = performance.now();
    const res = await fetch(`${base}/api/v1${path}`, { headers: { cookie } });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
    if (i >= 3) times.push(performance.now() - t);
  }
  return times;
}

async function timeInProcess(db: DatabaseHandle, query: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < Math.min(RUNS, 10) + 2; i += 1) {
    const t = performance.now();
    await sql.raw(query).execute(db.db);
    if (i >= 2) times.push(performance.now() - t);
  }
  return times;
}

const fmt = (xs: number[]) => `${percentile(xs, 50).toFixed(1)} / ${percentile(xs, 95).toFixed(1)}`;

async function measure(
  kind: 'postgres' | 'pglite',
  handle: DatabaseHandle,
  t: BenchTenant,
  size: number,
  url?: string,
) {
  const p = { ...periods(), m: t.municipalityId, unit: t.unitIds[0] ?? '' };
  const app = await buildApp({ database: handle, config: { ...loadConfig({}), webDir: '/nonexistent' } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: t.email, password: BENCH_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const year = `from=${p.monthFrom}&to=${p.today}`;
  const calls = {
    overview: `/dashboard/overview?${year}`,
    trend: `/dashboard/trend?from=${p.trendFrom}&to=${p.today}&unitId=${p.unit}&interval=month&item=index.coherence`,
    comparison: `/dashboard/comparison?${year}&level=units&item=index.coherence`,
  };
  const hand = handQueries(p);
  const rows: string[] = [];
  for (const [name, path] of Object.entries(calls)) {
    const api = await timeApi(base, cookie, path);
    const q = hand[name];
    if (!q) continue;
    const rollup = url ? await psqlTimes(url, q.rollup, RUNS) : await timeInProcess(handle, q.rollup);
    const raw = url ? await psqlTimes(url, q.raw, 5) : await timeInProcess(handle, q.raw);
    const ratio = percentile(api, 95) / percentile(rollup, 95);
    rows.push(
      `| ${kind} | ${size.toLocaleString('en-US')} | ${name} | ${fmt(api)} | ${fmt(rollup)} | ${ratio.toFixed(2)} | ${fmt(raw)} |`,
    );
    console.warn(rows.at(-1));
  }
  await app.close();
  return rows;
}

async function run(kind: 'postgres' | 'pglite', steps: number[]): Promise<string[]> {
  if (steps.length === 0) return [];
  const cluster = kind === 'postgres' ? await startPgCluster({ tuned: true }) : undefined;
  const handle = await openDatabase(cluster ? { url: cluster.url } : { dataDir: 'memory://' });
  const rows: string[] = [];
  try {
    await migrateToLatest(handle.db);
    const t = await createBenchTenant(handle.db);
    let loaded = 0;
    for (const size of steps) {
      const started = performance.now();
      const before = await maxResponseId(handle.db);
      await loadResponses(handle.db, t, loaded, size, kind === 'pglite' ? 50_000 : 250_000);
      const loadedAt = performance.now();
      await buildRollup(handle.db, t, before + 1, await maxResponseId(handle.db));
      // A live tail through the normal insert path (triggers on): reads must add it from the queue.
      await insertResponses(
        handle.db,
        t.municipalityId,
        t.surveyIds[0] ?? '',
        repeated(t.unitIds[1] ?? '', new Date().toISOString(), [4, 2, 5], TAIL),
      );
      await sql`vacuum analyze`.execute(handle.db);
      loaded = size;
      const rollupRows = await sql<{ n: number }>`select count(*)::bigint as n from dashboard_rollup`.execute(
        handle.db,
      );
      console.warn(
        `${kind} ${size}: load ${((loadedAt - started) / 1000).toFixed(0)} s, rollup ${((performance.now() - loadedAt) / 1000).toFixed(0)} s, ${rollupRows.rows[0]?.n} rollup rows`,
      );
      rows.push(...(await measure(kind, handle, t, size, cluster?.url)));
    }
  } finally {
    await handle.close();
    cluster?.stop();
  }
  return rows;
}

async function main() {
  console.warn(
    `${new Date().toISOString()} · ${cpus().length} × ${cpus()[0]?.model} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
  );
  const rows = [
    ...(await run('postgres', sizes(arg('pg', '100000,1000000')))),
    ...(await run('pglite', sizes(arg('pglite', '100000')))),
  ];
  console.log(
    '| database | responses | call | API p50 / p95 ms | hand SQL on rollup p50 / p95 ms | API ÷ hand (p95) | hand SQL on raw tables p50 / p95 ms |',
  );
  console.log('|---|---:|---|---:|---:|---:|---:|');
  for (const r of rows) console.log(r);
}

await main();
