/**
 * Citizen submissions through the compiled server run as an operator runs it (`node dist/server/main.js`),
 * with BORGERBLIK_WORKERS = 1 and 2 processes behind one port, interleaved with pgbench on the same durable
 * PostgreSQL: 50 keep-alive clients, complete no-JavaScript form POSTs, 303 after the commit.
 *   npm run build && npx tsx bench/survey-submit-workers.ts   (results: docs/performance/workers.md)
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { makeOpenSurvey } from '../server/seed/factories.ts';
import { startPgCluster } from '../test/pg-cluster.ts';
import { startCompiledServer } from './compiled-server.ts';
import { type LoadResult, pgbench, runLoad } from './survey-load.ts';
import { FORM_BODY } from './survey-setup.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const f = (x: number, d = 0) =>
  x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

async function main() {
  const startLoad = loadavg()[0] ?? 0;
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
    const single = `insert into survey_response (municipality_id, survey_id, unit_id, channel, locale, submitted_hour) values ('${survey.municipalityId}', '${survey.surveyId}', '${survey.unitId}', 'link', 'da', date_trunc('hour', now()));\n`;

    const rows: string[] = [];
    const runs: { workers: number; load: LoadResult; pg: number }[] = [];
    for (const workers of [1, 2, 1, 2]) {
      const server = await startCompiledServer({ databaseUrl: cluster.url, workers, dataDir });
      const url = `http://127.0.0.1:${server.port}/s/benchworkersbenchworkers`;
      await runLoad(url, FORM_BODY, 50, 3_000, 5_000); // warm-up
      const load = await runLoad(url, FORM_BODY, 50, 1e9, SECONDS * 1000);
      await server.stop();
      const pg = pgbench(cluster.port, single);
      runs.push({ workers, load, pg });
      rows.push(
        `| ${workers} | ${f(load.perSecond)} | ${f(load.p50, 1)} | ${f(load.p99, 1)} | ${load.errors} | ${f(pg)} | ${f(load.perSecond / pg, 2)} |`,
      );
      console.log(rows.at(-1));
    }
    const cpu = cpus()[0]?.model ?? 'unknown';
    const report = `# Citizen submissions with several server processes

\`npm run build && npx tsx bench/survey-submit-workers.ts\` · ${new Date().toISOString().slice(0, 16)} UTC · ${execSync('nproc').toString().trim()} cores (${cpu}), ${f(totalmem() / 2 ** 30, 1)} GiB RAM, Node ${process.version}. Load average (1 min) at the start: ${f(startLoad, 1)}, at the end: ${f(loadavg()[0] ?? 0, 1)}.

The compiled server (\`node dist/server/main.js\`) on a throw-away durable PostgreSQL (\`test/pg-cluster.ts\`, tuned), with \`BORGERBLIK_WORKERS\` = 1 and 2 (pool of 50 ÷ workers connections each), 50 keep-alive clients in a worker thread of the benchmark process posting complete form responses for ${SECONDS} s after a warm-up; after each run pgbench inserts the raw single-row \`survey_response\` (the physical limit of one commit per row; -c 50 -j 2 -T 15) on the same server. Runs alternate 1, 2, 1, 2.

| workers | responses/s | p50 ms | p99 ms | errors | pgbench single-row tps (next) | ratio |
|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}

Target (issue 20): ≥ 0.8× pgbench at 50 clients, p99 < 50 ms. The kill -9 test of a worker mid-load is \`server/runtime/cluster.postgres.test.ts\`.
`;
    writeFileSync('docs/performance/workers.md', report);
    console.log(report);
    void runs;
  } finally {
    cluster.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
