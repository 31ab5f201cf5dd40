/**
 * Dashboard with many municipalities on one PostgreSQL: `--tenants` municipalities (default 100) of
 * 10 × `--per-department` units (default 1, so 10), responses grown in `--steps` (total over all
 * municipalities, default 500,000, 1,000,000, 5,000,000). The first municipality keeps a fixed
 * `--target` responses (default 10,000) while the others grow, so its calls show whether one
 * municipality slows down as the others grow; the last (grown) municipality is timed too.
 * Per step: the new responses loaded with the raw tables' indexes dropped and built again after (the
 * usual bulk-load order), the product's set-based roll-up of every municipality in one transaction
 * with the rollup's indexes dropped once (`rebuildRollups`), then HTTP p50 / p95 of the overview, a
 * unit's trend and the unit comparison (`--runs`, default 10, after 3 warm-ups), table sizes, wall
 * and PostgreSQL CPU seconds per phase and the load average. `--connections 2` loads and rolls up
 * over two sessions (`rebuildRollupsInParallel`: the same rows, not one transaction).
 *
 *   npx tsx bench/dashboard-tenants.ts [--tenants 100] [--steps 500000,1000000,5000000] [--target 10000]
 * Results: docs/PERFORMANCE.md (dashboard, many municipalities) and docs/SCALING.md (capacity).
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { sql } from 'kysely';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { rebuildRollups, rebuildRollupsInParallel } from '../server/dashboard/bulk-rollup.ts';
import { type DatabaseHandle, openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { startPgCluster } from '../test/pg-cluster.ts';
import {
  BENCH_PASSWORD,
  type BenchTenant,
  createBenchTenant,
  loadResponses,
  withoutIndexes,
} from './dashboard-load.ts';
import { benchPeriods } from './dashboard-measure.ts';
import { percentile } from './dashboard-sql.ts';
import { logIn, loopbackOrigin } from './http-session.ts';
import { pgCpuSeconds } from './pg-cpu.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const TENANTS = Number(arg('tenants', '100'));
const STEPS = arg('steps', '500000,1000000,5000000').split(',').map(Number);
const TARGET = Number(arg('target', '10000'));
const RUNS = Number(arg('runs', '10'));
const PER_DEPARTMENT = Number(arg('per-department', '1'));
const CONNECTIONS = Number(arg('connections', '1'));
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
const secs = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(0)} s`;

/** HTTP p50 / p95 (ms) of the three dashboard calls for one municipality's analyst. */
async function timeCalls(origin: string, t: BenchTenant): Promise<string> {
  const analyst = await logIn(origin, t.email, BENCH_PASSWORD);
  const p = benchPeriods();
  const year = `from=${p.monthFrom}&to=${p.today}`;
  const calls = {
    overview: `/dashboard/overview?${year}`,
    trend: `/dashboard/trend?from=${p.trendFrom}&to=${p.today}&unitId=${t.unitIds[0]}&interval=month&item=index.coherence`,
    comparison: `/dashboard/comparison?${year}&level=units&item=index.coherence`,
  };
  const out: string[] = [];
  for (const [name, path] of Object.entries(calls)) {
    const times: number[] = [];
    for (let i = 0; i < RUNS + 3; i++) {
      const t0 = performance.now();
      const res = await analyst.get(path);
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
      if (i >= 3) times.push(performance.now() - t0);
    }
    out.push(`${name} ${percentile(times, 50).toFixed(1)} / ${percentile(times, 95).toFixed(1)}`);
  }
  return out.join(' · ');
}

/** Wall and PostgreSQL CPU seconds of one phase. */
async function phase<T>(handle: DatabaseHandle, run: () => Promise<T>): Promise<{ value: T; text: string }> {
  const t0 = performance.now();
  const c0 = await pgCpuSeconds(handle.db);
  const value = await run();
  const cpu = (await pgCpuSeconds(handle.db)) - c0;
  return { value, text: `${secs(t0)} wall, ${cpu.toFixed(0)} s PostgreSQL CPU` };
}

async function rollupRows(handle: DatabaseHandle, m: string): Promise<number> {
  const r = await sql<{
    n: number;
  }>`select count(*)::int as n from dashboard_rollup where municipality_id = ${m}`.execute(handle.db);
  return r.rows[0]?.n ?? 0;
}

async function sizes(handle: DatabaseHandle): Promise<string> {
  const r = await sql<{ t: string; bytes: number; n: number }>`
    select c.relname as t, pg_total_relation_size(c.oid)::bigint as bytes, c.reltuples::bigint as n from pg_class c
    where c.relname in ('survey_response', 'survey_answer', 'dashboard_rollup') order by 1`.execute(
    handle.db,
  );
  return r.rows
    .map((x) => `${x.t} ${x.n.toLocaleString('en-US')} rows ${(x.bytes / 2 ** 20).toFixed(0)} MB`)
    .join(' · ');
}

async function main(): Promise<void> {
  console.log(
    `${new Date().toISOString()} · ${cpus().length} × ${cpus()[0]?.model} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB · load ${load()}`,
  );
  const cluster = await startPgCluster({ tuned: true });
  const handle = await openDatabase({ url: cluster.url });
  // A time limit (timeout, Ctrl-C) must not leave the cluster running.
  const abandon = () => {
    cluster.stop();
    process.exit(130);
  };
  process.once('SIGTERM', abandon).once('SIGINT', abandon);
  try {
    await migrateToLatest(handle.db);
    // Bulk-load settings of the throw-away cluster: checkpoints every 1 GB of WAL (the default) would
    // write every page touched since the last one again in full.
    await sql`alter system set max_wal_size = '8GB'`.execute(handle.db);
    await sql`alter system set checkpoint_timeout = '30min'`.execute(handle.db);
    await sql`select pg_reload_conf()`.execute(handle.db);
    const t0 = performance.now();
    const tenants: BenchTenant[] = [];
    for (let i = 0; i < TENANTS; i++)
      tenants.push(await createBenchTenant(handle.db, { slug: `m${i}`, perDepartment: PER_DEPARTMENT }));
    console.log(`${TENANTS} municipalities created in ${secs(t0)}`);
    const loaded = new Map<string, number>();
    for (const total of STEPS) {
      const others = Math.round((total - TARGET) / (TENANTS - 1));
      let added = 0;
      const loading = await phase(handle, () =>
        withoutIndexes(handle.db, ['survey_response', 'survey_answer'], async () => {
          let next = 0;
          const worker = async () => {
            for (let i = next++; i < tenants.length; i = next++) {
              const t = tenants[i] as BenchTenant;
              const want = i === 0 ? TARGET : others;
              const have = loaded.get(t.municipalityId) ?? 0;
              if (want > have) await loadResponses(handle.db, t, have, want);
              added += Math.max(0, want - have);
              loaded.set(t.municipalityId, Math.max(want, have));
            }
          };
          await Promise.all(Array.from({ length: CONNECTIONS }, worker));
        }),
      );
      console.log(
        `step ${total.toLocaleString('en-US')}: +${added.toLocaleString('en-US')} responses loaded (indexes after) in ${loading.text} · load avg ${load()}`,
      );
      // The rebuild deletes each municipality's old rows; truncating first gives their space back
      // at once, so the sizes below are not those of a table with a dead copy in it.
      await sql`truncate dashboard_rollup`.execute(handle.db);
      const ids = tenants.map((t) => t.municipalityId);
      const rolling = await phase(handle, () =>
        CONNECTIONS > 1
          ? rebuildRollupsInParallel(handle.db, ids, CONNECTIONS)
          : rebuildRollups(handle.db, ids, { dropIndexes: true }),
      );
      console.log(
        `step ${total.toLocaleString('en-US')}: roll-up ${rolling.value.toLocaleString('en-US')} rows in ${rolling.text} · load avg ${load()}`,
      );
      const vacuum = await phase(handle, () => sql`vacuum analyze`.execute(handle.db));
      const fixedRows = await rollupRows(handle, tenants[0]?.municipalityId ?? '');
      const grownRows = await rollupRows(handle, tenants[TENANTS - 1]?.municipalityId ?? '');
      console.log(
        `step ${total.toLocaleString('en-US')}: vacuum analyze ${vacuum.text} · ${await sizes(handle)} · rollup rows fixed ${fixedRows.toLocaleString('en-US')}, grown ${grownRows.toLocaleString('en-US')} · load avg ${load()}`,
      );
      const app = await buildApp({ database: handle, config: { ...loadConfig({}), webDir: '/nonexistent' } });
      await app.listen({ port: 0, host: '127.0.0.1' });
      const base = loopbackOrigin(app.server.address());
      try {
        const before = load();
        const target = await timeCalls(base, tenants[0] as BenchTenant);
        const grown = await timeCalls(base, tenants[TENANTS - 1] as BenchTenant);
        console.log(
          `| ${total.toLocaleString('en-US')} | fixed (${TARGET.toLocaleString('en-US')}) | ${target} | ${before} → ${load()} |`,
        );
        console.log(
          `| ${total.toLocaleString('en-US')} | grown (${others.toLocaleString('en-US')}) | ${grown} | ${before} → ${load()} |`,
        );
      } finally {
        await app.close();
      }
    }
  } finally {
    await handle.close();
    cluster.stop();
  }
}

await main();
