/**
 * Export benchmark: the raw-response CSV of one survey through the compiled server (`node
 * dist/server/main.js`, a child process) over HTTP (curl reads it, as a browser would), beside psql's
 * `\copy` of the same rows (the export's own SELECT) on the same PostgreSQL, interleaved in one run.
 * The server's resident memory is read from /proc every 10 ms during each export (its own process
 * only: the data loader runs in the benchmark process). Sizes grow 100 k → 250 k → 1 M (→ 5 M with --sizes).
 *
 *   npx tsx bench/export.ts [--sizes 100000,250000,1000000] [--runs 2]
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { startPgCluster } from '../test/pg-cluster.ts';
import { type CompiledServer, startCompiledServer } from './compiled-server.ts';
import { BENCH_PASSWORD, createBenchTenant, loadResponses } from './dashboard-load.ts';
import { type HttpSession, logIn } from './http-session.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const sizes = arg('sizes', '100000,250000,1000000').split(',').map(Number);
const runs = Number(arg('runs', '2'));

/** The rows of the export, as the app selects them (one statement instead of keyset pages). */
const copySql = (surveyId: string) => `
  select r.id, r.submitted_hour, r.unit_id, r.channel, r.locale,
    (select jsonb_object_agg(a.item_id, case when a.dont_know then 'dk' else a.value::text end)
       from survey_answer a where a.municipality_id = r.municipality_id and a.response_id = r.id) as answers,
    (select jsonb_object_agg(t.item_id, t.body)
       from survey_text_answer t where t.municipality_id = r.municipality_id and t.response_id = r.id) as texts
  from survey_response r where r.survey_id = '${surveyId}' order by r.id`;

function timeCommand(file: string, args: string[]): number {
  const t0 = performance.now();
  execFileSync(file, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - t0;
}

async function curlTimed(
  server: CompiledServer,
  session: HttpSession,
  path: string,
): Promise<{ ms: number; peakRss: number }> {
  let peak = server.rss().now;
  const timer = setInterval(() => {
    peak = Math.max(peak, server.rss().now);
  }, 10);
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const curl = spawn('curl', ['-sf', '-o', '/dev/null', ...session.curlHeaders(), session.url(path)], {
      stdio: 'inherit',
    });
    curl.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`curl exit ${code}`))));
  });
  clearInterval(timer);
  return { ms: performance.now() - t0, peakRss: peak };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main() {
  const cluster = await startPgCluster({ tuned: true });
  const database = await openDatabase({ url: cluster.url });
  const dataDir = mkdtempSync(join(tmpdir(), 'borgerblik-bench-export-'));
  let server: CompiledServer | undefined;
  try {
    await migrateToLatest(database.db);
    const tenant = await createBenchTenant(database.db);
    server = await startCompiledServer({ databaseUrl: cluster.url, dataDir, poolSize: 10 });
    const analyst = await logIn(`http://127.0.0.1:${server.port}`, tenant.email, BENCH_PASSWORD);
    const surveyId = tenant.surveyIds[0] as string;
    // Every response goes to the exported survey: loading is the slow part of this benchmark.
    const exportedOnly = { ...tenant, surveyIds: [surveyId] };
    console.log(
      `machine: ${cpus().length} × ${cpus()[0]?.model}; load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}; server RSS after start ${(server.rss().now / 2 ** 20).toFixed(0)} MB`,
    );
    console.log('rows (survey) | app CSV ms | psql \\copy ms | ratio | server peak RSS MB | load');
    let loaded = 0;
    for (const size of sizes) {
      await loadResponses(database.db, exportedOnly, loaded, size);
      loaded = size;
      const exported = await database.db
        .selectFrom('survey_response')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('survey_id', '=', surveyId)
        .executeTakeFirstOrThrow();
      const appMs: number[] = [];
      const copyMs: number[] = [];
      let peak = 0;
      for (let r = 0; r < runs; r++) {
        const res = await curlTimed(server, analyst, `/surveys/${surveyId}/export.csv`);
        appMs.push(res.ms);
        peak = Math.max(peak, res.peakRss);
        const copy = `\\copy (${copySql(surveyId).replace(/\s+/g, ' ')}) to '/dev/null' with csv header`;
        copyMs.push(timeCommand('psql', [cluster.url, '-qc', copy]));
      }
      const [a, c] = [median(appMs), median(copyMs)];
      console.log(
        `${exported.n} | ${a.toFixed(0)} | ${c.toFixed(0)} | ${(a / c).toFixed(2)} | ${(peak / 2 ** 20).toFixed(0)} | ${loadavg()[0]?.toFixed(1)}`,
      );
    }
  } finally {
    await server?.stop();
    await database.close();
    cluster.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
