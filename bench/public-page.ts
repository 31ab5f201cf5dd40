/**
 * The citizen page under load beside a static file from the same server, interleaved in one run: wrk
 * with 50 connections on `GET /s/{token}` (the survey's first step, server-rendered) and on
 * `GET /public/survey.css` (served by @fastify/static), each with and without `Accept-Encoding: gzip, br`.
 * The app runs in this process on a throw-away PostgreSQL; wrk is Debian's package.
 *
 *   npx tsx bench/public-page.ts [--seconds 10] [--rounds 2]
 * Results: docs/performance/end-to-end.md
 */
import { execFile } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { promisify } from 'node:util';
import { openDatabase } from '../server/db/database.ts';
import { startPgCluster } from '../test/pg-cluster.ts';
import { setUp } from './survey-setup.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const seconds = Number(arg('seconds', '10'));
const rounds = Number(arg('rounds', '2'));
// Measure the page, not the per-client limiter (which still runs on every request).
process.env.BORGERBLIK_PUBLIC_RATE_LIMITS = 'survey=100000000,client=100000000,views=100000000';

/**
 * Requests per second wrk reached (50 connections, 2 threads: the machine has two cores), and the
 * server's CPU time per request (this process's user + system time over wrk's request count), which a
 * busy machine disturbs less than the rate.
 */
// Asynchronous: the server runs in this process and must keep its event loop.
async function wrk(url: string, compressed: boolean): Promise<{ rate: number; cpuUs: number }> {
  const headers = compressed ? ['-H', 'Accept-Encoding: gzip, br'] : [];
  const before = process.cpuUsage();
  const { stdout: out } = await promisify(execFile)('wrk', ['-t2', '-c50', `-d${seconds}s`, ...headers, url]);
  const cpu = process.cpuUsage(before);
  const rate = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0);
  const count = Number(/(\d+) requests in/.exec(out)?.[1] ?? 0);
  return { rate, cpuUs: count ? (cpu.user + cpu.system) / count : 0 };
}

async function main() {
  const cluster = await startPgCluster({ tuned: true });
  const database = await openDatabase({ url: cluster.url });
  try {
    const { app, url: page } = await setUp(database);
    const css = `${new URL(page).origin}/public/survey.css`;
    console.log(
      `${new Date().toISOString()} · ${cpus().length} × ${cpus()[0]?.model} · load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    console.log(
      '| round | encoding | page req/s | static req/s | ratio | page µs CPU/req | static µs CPU/req |\n|---|---|---|---|---|---|---|',
    );
    for (let r = 1; r <= rounds; r++) {
      for (const compressed of [false, true]) {
        const p = await wrk(page, compressed);
        const s = await wrk(css, compressed);
        console.log(
          `| ${r} | ${compressed ? 'gzip, br' : 'none'} | ${p.rate.toFixed(0)} | ${s.rate.toFixed(0)} | ${(p.rate / s.rate).toFixed(2)} | ${p.cpuUs.toFixed(0)} | ${s.cpuUs.toFixed(0)} |`,
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
