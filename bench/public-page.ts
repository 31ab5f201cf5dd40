/**
 * The citizen page under load beside a static file from the same server, interleaved in one run: wrk
 * with 50 connections on `GET /s/{token}` (the survey's first step, server-rendered) and on
 * `GET /public/survey.css` (served by @fastify/static), each with and without `Accept-Encoding: gzip, br`.
 * The app runs in this process on a throw-away PostgreSQL; wrk is Debian's package.
 *
 *   npx tsx bench/public-page.ts [--seconds 10] [--rounds 2] [--sizes 100000,1000000,5000000]
 * --sizes: before each step the survey's stored responses are topped up to that many (growth).
 * Results: docs/performance/end-to-end.md
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { openDatabase } from '../server/db/database.ts';
import { startPgCluster } from '../test/pg-cluster.ts';
import { ITEMS, setUp, topUpResponses } from './survey-setup.ts';
import { wrk } from './wrk.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const seconds = Number(arg('seconds', '10'));
const rounds = Number(arg('rounds', '2'));
const sizes = arg('sizes', '').split(',').filter(Boolean).map(Number);
// Measure the page, not the per-client limiter (which still runs on every request).
process.env.BORGERBLIK_PUBLIC_RATE_LIMITS = 'survey=100000000,client=100000000,views=100000000';

/**
 * Requests per second wrk reached (50 connections, 2 threads: the machine has two cores), and the
 * server's CPU time per request (this process's user + system time over wrk's request count), which a
 * busy machine disturbs less than the rate.
 */
async function load(url: string, compressed: boolean): Promise<{ rate: number; cpuUs: number }> {
  const before = process.cpuUsage();
  const r = await wrk({ url, seconds, headers: compressed ? { 'Accept-Encoding': 'gzip, br' } : {} });
  const cpu = process.cpuUsage(before);
  return { rate: r.perSecond, cpuUs: r.requests ? (cpu.user + cpu.system) / r.requests : 0 };
}

async function main() {
  const cluster = await startPgCluster({ tuned: true });
  const database = await openDatabase({ url: cluster.url });
  try {
    const { app, url: page, municipalityId: m, surveyId: s, unitId: u } = await setUp(database);
    const psql = (command: string) =>
      execFileSync('psql', [cluster.url, '-q', '-At', '-c', command], { encoding: 'utf8' }).trim();
    const answers = JSON.stringify(Object.fromEntries(ITEMS.map((item) => [`coherence.${item}`, 3])));
    const css = `${new URL(page).origin}/public/survey.css`;
    console.log(
      `${new Date().toISOString()} · ${cpus().length} × ${cpus()[0]?.model} · load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    console.log(
      '| responses stored | round | encoding | page req/s | static req/s | ratio | page µs CPU/req | static µs CPU/req |\n|---|---|---|---|---|---|---|---|',
    );
    for (const size of sizes.length ? sizes : [0]) {
      if (size) topUpResponses(psql, size, { m, s, u }, answers);
      for (let r = 1; r <= rounds; r++) {
        for (const compressed of [false, true]) {
          const p = await load(page, compressed);
          const s = await load(css, compressed);
          console.log(
            `| ${size.toLocaleString('en-US')} | ${r} | ${compressed ? 'gzip, br' : 'none'} | ${p.rate.toFixed(0)} | ${s.rate.toFixed(0)} | ${(p.rate / s.rate).toFixed(2)} | ${p.cpuUs.toFixed(0)} | ${s.cpuUs.toFixed(0)} |`,
          );
        }
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
