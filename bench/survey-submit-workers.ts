/**
 * Citizen submissions through the compiled server run as an operator runs it (`node dist/server/main.js`),
 * with BORGERBLIK_WORKERS processes behind one port, interleaved with pgbench on the same durable
 * PostgreSQL: 50 keep-alive clients (wrk, a C client like pgbench), complete no-JavaScript form POSTs, a 303
 * only after the commit. Anchors, each with its p50/p99 from pgbench's per-transaction log:
 *   - survey-shaped row (issue 20's anchor): one row with the answers as jsonb and a primary key, one commit;
 *   - the project's own: the rows the app writes for one response (response, 7 answers, roll-up queue) in
 *     one transaction each — what the app would cost without group commit.
 * `--busy N` adds N spinning processes at normal priority for a busy machine (8 ≈ load average 10 here).
 * `--sizes 100000,1000000,5000000` measures growth instead: before each step both the app's tables and the
 * anchor's table are topped up to that many stored responses (generated in SQL, answers included).
 *   npm run build && npx tsx bench/survey-submit-workers.ts [--seconds 15] [--rounds 2] [--workers 1,2] [--busy 0,8]
 *   npm run build && npx tsx bench/survey-submit-workers.ts --sizes 100000,1000000,5000000 --busy 0 --workers 1 --rounds 1
 * (results: docs/performance/workers.md)
 */
import { type ChildProcess, execFileSync, execSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { makeOpenSurvey } from '../server/seed/factories.ts';
import { startPgCluster } from '../test/pg-cluster.ts';
import { startCompiledServer, treeCpuSeconds } from './compiled-server.ts';
import { type PgbenchResult, pgbenchWithLatency } from './pgbench.ts';
import { FORM_BODY, ITEMS, topUpResponses } from './survey-setup.ts';
import { hasWrk, wrk } from './wrk.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const SECONDS = Number(arg('seconds', '15'));
const ROUNDS = Number(arg('rounds', '2'));
const WORKERS = arg('workers', '1,2').split(',').map(Number);
const BUSY = arg('busy', '0,8').split(',').map(Number);
/** Stored responses before each step (growth); empty: measure on the empty tables only. */
const SIZES = arg('sizes', '').split(',').filter(Boolean).map(Number);
const f = (x: number, d = 0) =>
  x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const load1 = () => loadavg()[0] ?? 0;

/** N processes spinning at normal priority: another tenant of the machine. */
function spinners(n: number): ChildProcess[] {
  return Array.from({ length: n }, () => spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
}

async function main() {
  if (!hasWrk()) throw new Error('wrk not found: apt-get install wrk');
  const startLoad = load1();
  const cluster = await startPgCluster({ tuned: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'borgerblik-bench-workers-'));
  try {
    const handle = await openDatabase({ url: cluster.url, poolSize: 4 });
    await migrateToLatest(handle.db);
    const survey = await makeOpenSurvey(handle.db, {
      slug: 'benchw',
      token: 'benchworkersbenchworkers',
      sets: ['coherence', 'satisfaction'],
    });
    await handle.close();
    const { municipalityId: m, surveyId: s, unitId: u } = survey;
    const answers = Object.fromEntries([
      ...ITEMS.map((item, n) => [`coherence.${item}`, (n % 5) + 1]),
      ['satisfaction.overall', 4],
    ]);
    const psql = (command: string) =>
      execFileSync('psql', [cluster.url, '-q', '-At', '-c', command], { encoding: 'utf8' }).trim();
    psql(
      'create table anchor_response (municipality_id uuid not null, id bigint generated always as identity, survey_id uuid not null, unit_id uuid, channel text not null, locale text not null, submitted_at timestamptz not null default now(), answers jsonb not null, primary key (municipality_id, id))',
    );
    const shaped = `insert into anchor_response (municipality_id, survey_id, unit_id, channel, locale, answers) values ('${m}', '${s}', '${u}', 'link', 'da', '${JSON.stringify(answers)}');\n`;
    const values = Object.entries(answers)
      .map(([item, v]) => `('${item}', ${v}, false)`)
      .join(', ');
    const own = `with r as (insert into survey_response (municipality_id, survey_id, unit_id, channel, locale, submitted_hour, translation_status) values ('${m}', '${s}', '${u}', 'link', 'da', date_trunc('hour', now()), 'validated') returning municipality_id, id), q as (insert into dashboard_pending (municipality_id, response_id) select municipality_id, id from r) insert into survey_answer (municipality_id, response_id, item_id, value, dont_know) select r.municipality_id, r.id, x.i, x.v, x.d from r, (values ${values}) as x(i, v, d);\n`;

    // PostgreSQL's CPU time: the postmaster with its reaped backends, plus the live ones (wal writer…).
    const postmaster = Number(
      readFileSync(join(psql('show data_directory'), 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    const pgCpu = () => treeCpuSeconds(postmaster);
    /** Runs `work` and returns its result with PostgreSQL's CPU µs per `count(result)`. */
    const withPgCpu = async <T>(work: () => T | Promise<T>, count: (r: T) => number) => {
      const c0 = pgCpu();
      const result = await work();
      await new Promise((r) => setTimeout(r, 200)); // closed backends reaped into the postmaster's total
      return { result, pgUs: ((pgCpu() - c0) * 1e6) / count(result) };
    };
    const pgbench = (script: string) =>
      withPgCpu(
        () => pgbenchWithLatency(cluster.port, script, SECONDS),
        (r) => r.tps * SECONDS,
      );

    const rows: string[] = [];
    let stored = 0;
    const pgRow = (busy: number, name: string, r: { result: PgbenchResult; pgUs: number }) =>
      `| ${f(stored)} | ${busy} | ${name} | ${f(r.result.tps)} | ${f(r.result.p50, 1)} | ${f(r.result.p99, 1)} | 0 | — | — | ${f(r.pgUs)} | ${f(load1(), 1)} |`;
    for (const size of SIZES.length ? SIZES : [0]) {
      if (size > 0) {
        const t0 = performance.now();
        topUp(psql, size, { m, s, u }, JSON.stringify(answers));
        stored = size;
        console.log(`topped up to ${size} responses in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      }
      for (const busy of BUSY) {
        const spin = spinners(busy);
        try {
          if (busy > 0) await new Promise((r) => setTimeout(r, 10_000)); // let the spinners take their share
          for (let round = 0; round < ROUNDS; round++) {
            const shapedRun = await pgbench(shaped);
            const shapedFirst = shapedRun.result;
            rows.push(pgRow(busy, 'pgbench: survey-shaped row (issue anchor)', shapedRun));
            console.log(rows.at(-1));
            for (const workers of WORKERS) {
              const server = await startCompiledServer({ databaseUrl: cluster.url, workers, dataDir });
              const url = `http://127.0.0.1:${server.port}/s/benchworkersbenchworkers`;
              await wrk({ url, body: FORM_BODY, seconds: 3, expected: 303 }); // warm-up: JIT, pool, caches
              const cpu0 = treeCpuSeconds(server.pid);
              const { result: r, pgUs } = await withPgCpu(
                async () => {
                  const out = await wrk({ url, body: FORM_BODY, seconds: SECONDS, expected: 303 });
                  // The server's CPU before it stops; PostgreSQL's includes the roll-ups (every 5 s) during the run.
                  return { ...out, cpuUs: ((treeCpuSeconds(server.pid) - cpu0) * 1e6) / out.requests };
                },
                (out) => out.requests,
              );
              const cpuUs = r.cpuUs;
              await server.stop();
              const ratio = r.perSecond / shapedFirst.tps;
              rows.push(
                `| ${f(stored)} | ${busy} | app, ${workers} worker${workers > 1 ? 's' : ''} (wrk) | ${f(r.perSecond)} | ${f(r.p50, 1)} | ${f(r.p99, 1)} | ${r.errors} | ${f(ratio, 2)} | ${Number.isFinite(cpuUs) ? f(cpuUs) : '—'} | ${f(pgUs)} | ${f(load1(), 1)} |`,
              );
              console.log(rows.at(-1));
            }
            rows.push(
              pgRow(
                busy,
                "pgbench: the app's rows for one response, one commit (own anchor)",
                await pgbench(own),
              ),
            );
            console.log(rows.at(-1));
          }
        } finally {
          for (const p of spin) p.kill('SIGKILL');
        }
      }
    }
    const cpu = cpus()[0]?.model ?? 'unknown';
    const report = `# Citizen submissions with several server processes

\`npm run build && npx tsx bench/survey-submit-workers.ts ${process.argv.slice(2).join(' ')}\` · ${new Date().toISOString().slice(0, 16)} UTC · ${execSync('nproc').toString().trim()} cores (${cpu}), ${f(totalmem() / 2 ** 30, 1)} GiB RAM, Node ${process.version}. Load average (1 min) at the start: ${f(startLoad, 1)}, at the end: ${f(load1(), 1)}.

The compiled server (\`node dist/server/main.js\`) on a throw-away durable PostgreSQL (\`test/pg-cluster.ts\`, tuned: fsync and synchronous commit on), with \`BORGERBLIK_WORKERS\` processes (pool of 50 ÷ workers connections each). Load: wrk, 2 threads, 50 keep-alive connections posting complete form responses for ${SECONDS} s after a 3-s warm-up; a response counts only with its 303 (sent after the commit). Anchors on the same cluster, pgbench -n -c 50 -j 2 -T ${SECONDS}, latency from pgbench's per-transaction log: the **survey-shaped row** of issue 20 (one row, answers as jsonb, primary key, one commit) and the **project's own** (the rows the app stores for one response: \`survey_response\` with its indexes, 7 \`survey_answer\` rows, the roll-up queue row; one commit each). "busy" = that many spinning processes at normal priority beside the run (\`--busy\`). The ratio is the app's rate ÷ the survey-shaped row's rate measured just before it. CPU per response (or per pgbench transaction): the server's processes, and PostgreSQL's (postmaster, backends, WAL writer, checkpointer…) over the timed run; the load generator's own CPU is in neither.

| responses stored before | busy | what | per second | p50 ms | p99 ms | errors | ÷ shaped row | server CPU µs/response | PostgreSQL CPU µs/response | load avg after |
|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}

Target (issue 20): ≥ 0.8× pgbench's survey-shaped row at 50 clients and p99 < 50 ms, on a busy machine as well as a quiet one. The kill -9 test of a worker mid-load is \`server/runtime/cluster.postgres.test.ts\`.
`;
    writeFileSync('docs/performance/workers.md', report);
    console.log(report);
  } finally {
    cluster.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The survey's responses and the anchor's rows, each topped up to `size` (anchor: same answers as jsonb). */
function topUp(
  psql: (command: string) => string,
  size: number,
  ids: { m: string; s: string; u: string },
  answers: string,
) {
  const anchors = Number(psql('select count(*) from anchor_response'));
  if (size > anchors)
    psql(
      `insert into anchor_response (municipality_id, survey_id, unit_id, channel, locale, answers) select '${ids.m}', '${ids.s}', '${ids.u}', 'link', 'da', '${answers}'::jsonb from generate_series(1, ${size - anchors})`,
    );
  topUpResponses(psql, size, ids, answers); // and vacuums both
}

void main();
