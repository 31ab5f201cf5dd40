/**
 * Export benchmark: the raw-response CSV of one survey through the compiled server (`node
 * dist/server/main.js`, a child process) over HTTP (curl reads it, as a browser would), beside psql's
 * `\copy` of the same rows (the export's own SELECT) on the same PostgreSQL, interleaved in one run.
 * The server's resident memory is read from /proc every 10 ms during each export (its own process
 * only: the data loader runs in the benchmark process), and its CPU time from /proc (load disturbs it
 * less than wall time). Then the XLSX export of the same rows, at the sizes of --xlsx-sizes (all sizes
 * by default, `none` for none). Sizes grow 100 k → 250 k → 1 M (→ 5 M with --sizes). Each figure is
 * printed as soon as it is measured, so a long run that is stopped still leaves its earlier lines.
 *
 * `--csv none` skips the CSV and `\copy` lines (an XLSX-only run); `--node-args` passes V8 options to
 * the server (comma-separated, e.g. `--trace-gc`; its lines go to the server's stdout, kept in the file
 * of `--server-stdout`, else discarded); `--timeline S` prints the server's RSS every S seconds during
 * each XLSX export, in ms since the server's start (the clock of `--trace-gc`), so heap and resident
 * memory can be laid side by side.
 *
 *   npx tsx bench/export.ts [--sizes 100000,250000,1000000] [--runs 2] [--xlsx-sizes 100000,1000000]
 *     [--csv none] [--node-args --trace-gc,--max-semi-space-size=4] [--server-stdout gc.log] [--timeline 10]
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { startPgCluster } from '../test/pg-cluster.ts';
import { type CompiledServer, cpuSeconds, startCompiledServer } from './compiled-server.ts';
import { BENCH_PASSWORD, createBenchTenant, loadResponses, withoutIndexes } from './dashboard-load.ts';
import { type HttpSession, logIn } from './http-session.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const sizes = arg('sizes', '100000,250000,1000000').split(',').map(Number);
const runs = Number(arg('runs', '2'));
const xlsxArg = arg('xlsx-sizes', 'all');
const xlsxSizes = xlsxArg === 'all' ? sizes : xlsxArg === 'none' ? [] : xlsxArg.split(',').map(Number);
const withCsv = arg('csv', 'all') !== 'none';
const nodeArgs = arg('node-args', '').split(',').filter(Boolean);
const timelineS = Number(arg('timeline', '0'));
const serverStdout = arg('server-stdout', '') || undefined;

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
  timeline = 0,
): Promise<{ ms: number; peakRss: number; cpuS: number; bytes: number; rssBefore: number }> {
  const rssBefore = server.rss().now;
  let peak = rssBefore;
  const cpu0 = cpuSeconds(server.pid);
  const timer = setInterval(() => {
    // A server that has died has no /proc entry: curl then fails and says so.
    if (existsSync(`/proc/${server.pid}`)) peak = Math.max(peak, server.rss().now);
  }, 10);
  const line = () => {
    const { now, peak: hwm } = server.rss();
    const cpu = (cpuSeconds(server.pid) - cpu0).toFixed(1);
    const sinceStart = (performance.now() - server.spawnedAt).toFixed(0);
    console.log(
      `  timeline ${sinceStart} ms: RSS ${(now / 2 ** 20).toFixed(0)} MB, VmHWM ${(hwm / 2 ** 20).toFixed(0)} MB, CPU ${cpu} s`,
    );
  };
  const timelineTimer = timeline > 0 ? setInterval(line, timeline * 1000) : undefined;
  const t0 = performance.now();
  const bytes = await new Promise<number>((resolve, reject) => {
    const curl = spawn(
      'curl',
      ['-sf', '-o', '/dev/null', '-w', '%{size_download}', ...session.curlHeaders(), session.url(path)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    curl.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    curl.on('exit', (code) => (code === 0 ? resolve(Number(out)) : reject(new Error(`curl exit ${code}`))));
  });
  clearInterval(timer);
  clearInterval(timelineTimer);
  if (timeline > 0) line();
  peak = Math.max(peak, server.rss().now);
  return { ms: performance.now() - t0, peakRss: peak, cpuS: cpuSeconds(server.pid) - cpu0, bytes, rssBefore };
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
    server = await startCompiledServer({
      databaseUrl: cluster.url,
      dataDir,
      poolSize: 10,
      nodeArgs,
      stdoutFile: serverStdout,
    });
    // The high-water mark before and after signing in: argon2id's 19 MiB per check is native memory.
    const hwmStarted = server.rss().peak;
    const analyst = await logIn(`http://127.0.0.1:${server.port}`, tenant.email, BENCH_PASSWORD);
    const surveyId = tenant.surveyIds[0] as string;
    // Every response goes to the exported survey: loading is the slow part of this benchmark.
    const exportedOnly = { ...tenant, surveyIds: [surveyId] };
    console.log(
      `machine: ${cpus().length} × ${cpus()[0]?.model}; load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}; server RSS after start ${(server.rss().now / 2 ** 20).toFixed(0)} MB, VmHWM ${(
        hwmStarted / 2 ** 20
      ).toFixed(0)} MB after start, ${(server.rss().peak / 2 ** 20).toFixed(0)} MB after signing in`,
    );
    const MB = (b: number) => (b / 2 ** 20).toFixed(0);
    const load1 = () => loadavg()[0]?.toFixed(1);
    console.log(
      'format | rows (survey) | app ms | server CPU s | psql \\copy ms | ratio | server RSS before / peak MB | MB out | load',
    );
    let loaded = 0;
    for (const size of sizes) {
      const l0 = performance.now();
      // Indexes dropped and built again after the load: one sort instead of a B-tree insert per row
      // (5 M responses = 50 M answers would otherwise take most of the time slot).
      await withoutIndexes(database.db, ['survey_response', 'survey_answer'], () =>
        loadResponses(database.db, exportedOnly, loaded, size),
      );
      loaded = size;
      await sql`vacuum analyze survey_response`.execute(database.db);
      await sql`vacuum analyze survey_answer`.execute(database.db);
      const exported = await database.db
        .selectFrom('survey_response')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('survey_id', '=', surveyId)
        .executeTakeFirstOrThrow();
      console.log(
        `loaded ${exported.n} in ${((performance.now() - l0) / 1000).toFixed(0)} s; load ${load1()}`,
      );
      const appMs: number[] = [];
      const copyMs: number[] = [];
      const cpu: number[] = [];
      let peak = 0;
      let before = Number.POSITIVE_INFINITY;
      let bytes = 0;
      for (let r = 0; r < (withCsv ? runs : 0); r++) {
        const res = await curlTimed(server, analyst, `/surveys/${surveyId}/export.csv`);
        appMs.push(res.ms);
        cpu.push(res.cpuS);
        peak = Math.max(peak, res.peakRss);
        before = Math.min(before, res.rssBefore);
        bytes = res.bytes;
        const copy = `\\copy (${copySql(surveyId).replace(/\s+/g, ' ')}) to '/dev/null' with csv header`;
        copyMs.push(timeCommand('psql', [cluster.url, '-qc', copy]));
      }
      const [a, c] = [median(appMs), median(copyMs)];
      if (withCsv)
        console.log(
          `csv | ${exported.n} | ${a.toFixed(0)} | ${median(cpu).toFixed(1)} | ${c.toFixed(0)} | ${(a / c).toFixed(2)} | ${MB(before)} / ${MB(peak)} | ${MB(bytes)} | ${load1()}`,
        );
      if (!xlsxSizes.includes(size)) continue;
      const x = await curlTimed(server, analyst, `/surveys/${surveyId}/export.xlsx`, timelineS);
      console.log(
        `xlsx | ${exported.n} | ${x.ms.toFixed(0)} | ${x.cpuS.toFixed(1)} | — | — | ${MB(x.rssBefore)} / ${MB(x.peakRss)} | ${MB(x.bytes)} | ${load1()}`,
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
