/**
 * Dashboard benchmark: 200 units, 24 months, deterministic responses at growing sizes, on a real
 * PostgreSQL (throw-away tuned cluster) and on PGlite. For the municipality overview, one unit's trend
 * and the 200-unit comparison it times: the whole HTTP call; the statements the API sent for one call,
 * replayed in one psql session with \timing (all of them, and the aggregate alone); the same aggregate
 * written by hand, timed the same way and as a one-shot `psql -c`; and by hand over the raw tables.
 *
 *   npx tsx bench/dashboard.ts [--pg 100000,1000000,5000000] [--pglite 100000] [--runs 20] [--keep]
 *   npx tsx bench/dashboard.ts --url postgres://… [--size 1000000]   (measure again, on a kept cluster)
 *   [--calls overview,trend,comparison]   (only these calls; default all, with the language filters)
 *   [--in-process]   (serve from the benchmark process, as before session 8; PGlite always does)
 * The HTTP call and the hand SQL (one open psql session) run in turns, so their ratio is per run. On
 * PostgreSQL the calls go to the compiled server in its own process (`npm run build:server` first;
 * `dashboard-server.ts`), the benchmark process being only the client, as a browser is.
 * --keep leaves the last PostgreSQL cluster running and prints its URL (stop it with pg_ctl).
 * Results: docs/performance/dashboard.md
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { sql } from 'kysely';
import { rebuildRollup } from '../server/dashboard/bulk-rollup.ts';
import { insertResponses, repeated } from '../server/dashboard/test-responses.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { startPgCluster } from '../test/pg-cluster.ts';
import { createBenchTenant, findBenchTenant, loadResponses } from './dashboard-load.ts';
import { type CallTimes, measureCalls } from './dashboard-measure.ts';
import { percentile } from './dashboard-sql.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const sizes = (s: string) => s.split(',').filter(Boolean).map(Number);
const RUNS = Number(arg('runs', '20'));
const TAIL = 300;
const load = () => loadavg()[0]?.toFixed(1) ?? '?';
const secs = (ms: number) => `${(ms / 1000).toFixed(0)} s`;
const pp = (xs: readonly number[] | null) =>
  xs ? `${percentile(xs, 50).toFixed(1)} / ${percentile(xs, 95).toFixed(1)}` : 'n/a';
const ratio = (a: readonly number[], b: readonly number[], p = 95) =>
  (percentile(a, p) / percentile(b, p)).toFixed(2);
/** --calls overview,trend,comparison: only these calls (default: all, with the language filters). */
const CALLS = arg('calls', '').split(',').filter(Boolean);
const IN_PROCESS = process.argv.includes('--in-process');

function tableRow(kind: string, size: number, c: CallTimes, loadAtStart: string): string {
  return [
    kind,
    size.toLocaleString('en-US'),
    c.call,
    pp(c.http),
    c.serverCpu === null ? 'n/a' : c.serverCpu.toFixed(1),
    pp(c.apiAll),
    pp(c.apiAggregate),
    pp(c.hand),
    ratio(c.apiAggregate, c.hand),
    `${ratio(c.http, c.hand, 50)} / ${ratio(c.http, c.hand)}`,
    pp(c.handOneShot),
    c.handOneShot ? ratio(c.http, c.handOneShot) : 'n/a',
    c.handSeriesOnly ? pp(c.handSeriesOnly) : '',
    pp(c.raw),
    loadAtStart,
  ].join(' | ');
}

async function run(kind: 'postgres' | 'pglite', steps: number[]): Promise<string[]> {
  if (steps.length === 0) return [];
  const cluster = kind === 'postgres' ? await startPgCluster({ tuned: true }) : undefined;
  const handle = await openDatabase(cluster ? { url: cluster.url } : { dataDir: 'memory://' });
  const rows: string[] = [];
  let loaded = 0;
  try {
    await migrateToLatest(handle.db);
    const t = await createBenchTenant(handle.db);
    for (const size of steps) {
      const started = performance.now();
      const loadBefore = load();
      await loadResponses(handle.db, t, loaded, size, kind === 'pglite' ? 50_000 : 250_000);
      const loadedAt = performance.now();
      const written = await rebuildRollup(handle.db, t.municipalityId, { dropIndexes: true });
      const rolledAt = performance.now();
      // A live tail through the normal insert path (queued by the statement): reads must add it from the queue.
      const tail = repeated(t.unitIds[1] ?? '', new Date().toISOString(), [4, 2, 5], TAIL);
      await insertResponses(handle.db, t.municipalityId, t.surveyIds[0] ?? '', tail);
      await sql`vacuum analyze`.execute(handle.db);
      loaded = size;
      console.warn(
        `${kind} ${size}: load ${secs(loadedAt - started)} (load avg ${loadBefore}), set-based roll-up ${secs(rolledAt - loadedAt)} → ${written} rollup rows (load avg ${load()})`,
      );
      const loadAtStart = load();
      for (const c of await measureCalls(handle, t, RUNS, cluster?.url, CALLS, IN_PROCESS)) {
        rows.push(`| ${tableRow(kind, size, c, `${loadAtStart}–${load()}`)} |`);
        console.warn(rows.at(-1));
      }
    }
  } catch (error) {
    console.warn(`${kind} stopped at ${loaded.toLocaleString('en-US')} responses:`, error);
  } finally {
    await handle.close();
    if (process.argv.includes('--keep') && cluster) console.warn(`kept: ${cluster.url}`);
    else cluster?.stop();
  }
  return rows;
}

/** Measures the calls again on a database an earlier `--keep` run loaded. */
async function remeasure(url: string, size: number): Promise<string[]> {
  const handle = await openDatabase({ url });
  try {
    const t = await findBenchTenant(handle.db);
    const at = load();
    return (await measureCalls(handle, t, RUNS, url, CALLS, IN_PROCESS)).map(
      (c) => `| ${tableRow('postgres', size, c, `${at}–${load()}`)} |`,
    );
  } finally {
    await handle.close();
  }
}

async function main() {
  console.warn(
    `${new Date().toISOString()} · ${cpus().length} × ${cpus()[0]?.model} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB · load ${load()}`,
  );
  const url = arg('url', '');
  const rows = url
    ? await remeasure(url, Number(arg('size', '0')))
    : [
        ...(await run('postgres', sizes(arg('pg', '100000,1000000')))),
        ...(await run('pglite', sizes(arg('pglite', '100000')))),
      ];
  console.log(
    '| database | responses | call | HTTP p50 / p95 | server CPU ms/call | API SQL, all statements | API aggregate SQL | hand SQL (in turns with HTTP) | aggregate ÷ hand (p95) | HTTP ÷ hand (p50 / p95) | hand SQL `psql -c` | HTTP ÷ `psql -c` (p95) | hand series only (trend) | hand SQL on raw tables | load avg |',
  );
  console.log('|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const r of rows) console.log(r);
}

await main();
