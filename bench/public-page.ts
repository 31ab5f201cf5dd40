/**
 * The citizen page under load beside a static file from the same server, interleaved in one run: wrk
 * with 50 connections on `GET /s/{token}` (the survey's first step, server-rendered) and on
 * `GET /public/survey.css` (served by @fastify/static), each with and without `Accept-Encoding: gzip, br`.
 * The app runs in this process on a throw-away PostgreSQL; wrk is Debian's package.
 *
 *   npx tsx bench/public-page.ts [--seconds 10] [--rounds 2]
 * Results: docs/performance/surveys.md
 */
import { execFile } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { promisify } from 'node:util';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { makeMunicipality, makeUnit } from '../server/seed/factories.ts';
import { insertSurvey, setSurveyUnits } from '../server/surveys/repository.ts';
import { startPgCluster } from '../test/pg-cluster.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const seconds = Number(arg('seconds', '10'));
const rounds = Number(arg('rounds', '2'));
// Measure the page, not the per-client limiter (which still runs on every request).
process.env.BORGERBLIK_PUBLIC_RATE_LIMITS = 'survey=100000000,client=100000000,views=100000000';

/** Requests per second wrk reached (50 connections, 2 threads: the machine has two cores). */
// Asynchronous: the server runs in this process and must keep its event loop.
async function wrk(url: string, compressed: boolean): Promise<number> {
  const headers = compressed ? ['-H', 'Accept-Encoding: gzip, br'] : [];
  const { stdout: out } = await promisify(execFile)('wrk', ['-t2', '-c50', `-d${seconds}s`, ...headers, url]);
  const match = /Requests\/sec:\s+([\d.]+)/.exec(out);
  return match ? Number(match[1]) : 0;
}

async function main() {
  const cluster = await startPgCluster({ tuned: true });
  const database = await openDatabase({ url: cluster.url });
  try {
    await migrateToLatest(database.db);
    const m = await makeMunicipality(database.db, { slug: 'pagebench', name: 'Benchkommune' });
    const unit = await makeUnit(database.db, m.id, { name: 'Borgerservice', kind: 'unit' });
    const survey = await insertSurvey(
      database.db,
      { municipalityId: m.id },
      {
        title: 'Bench',
        status: 'open',
        definition: JSON.stringify({ sets: ['coherence', 'satisfaction'] }),
        public_token: 'pagebenchpagebenchpage',
        previous_version_id: null,
        journey_id: null,
        touchpoint_id: null,
        opens_at: null,
        closes_at: null,
        created_by: null,
      },
    );
    await setSurveyUnits(database.db, { municipalityId: m.id }, survey.id, [unit.id]);
    const app = await buildApp({ database, config: { ...loadConfig({}), webDir: '/nonexistent' } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const page = `${base}/s/${survey.public_token}`;
    const css = `${base}/public/survey.css`;
    console.log(
      `${new Date().toISOString()} · ${cpus().length} × ${cpus()[0]?.model} · load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    console.log('| round | encoding | page req/s | static req/s | ratio |\n|---|---|---|---|---|');
    for (let r = 1; r <= rounds; r++) {
      for (const compressed of [false, true]) {
        const p = await wrk(page, compressed);
        const s = await wrk(css, compressed);
        console.log(
          `| ${r} | ${compressed ? 'gzip, br' : 'none'} | ${p.toFixed(0)} | ${s.toFixed(0)} | ${(p / s).toFixed(2)} |`,
        );
      }
    }
    console.log(
      `load after: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    await app.close();
  } finally {
    await database.close();
    cluster.stop();
  }
}

await main();
