import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** CPU time of the whole process (server and load worker) per response, ms: less sensitive to other load than rates. */
  cpuMs: number;
}

// The load generator runs in a worker thread: its own event loop, so it does not queue behind the server's.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { url, body, clients, maxRequests, maxMs } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
const target = new URL(url);
const latencies = [];
let sent = 0, errors = 0;
const start = performance.now();
function one() {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const req = http.request({ agent, host: target.hostname, port: target.port, path: target.pathname, method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => { if (res.statusCode !== 303) errors++; latencies.push(performance.now() - t0); resolve(); });
    });
    req.on('error', () => { errors++; resolve(); });
    req.end(body);
  });
}
async function client() {
  while (sent < maxRequests && performance.now() - start < maxMs) { sent++; await one(); }
}
Promise.all(Array.from({ length: clients }, client)).then(() => {
  parentPort.postMessage({ latencies, errors, ms: performance.now() - start });
  agent.destroy();
});
`;

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/** `clients` concurrent keep-alive clients POST `body` to `url` until `maxRequests` or `maxMs`. */
export function runLoad(
  url: string,
  body: string,
  clients: number,
  maxRequests: number,
  maxMs: number,
): Promise<LoadResult> {
  const cpu0 = process.cpuUsage();
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { url, body, clients, maxRequests, maxMs } });
    worker.once('error', reject);
    worker.once('message', (m: { latencies: number[]; errors: number; ms: number }) => {
      const sorted = [...m.latencies].sort((a, b) => a - b);
      const seconds = m.ms / 1000;
      resolve({
        requests: sorted.length,
        errors: m.errors,
        seconds,
        perSecond: sorted.length / seconds,
        p50: quantile(sorted, 0.5),
        p99: quantile(sorted, 0.99),
        cpuMs: (() => {
          const c = process.cpuUsage(cpu0);
          return (c.user + c.system) / 1000 / Math.max(1, sorted.length);
        })(),
      });
      void worker.terminate();
    });
  });
}

/** Finds pgbench (Debian puts it under the versioned bin folder). */
function pgbenchPath(): string {
  for (const p of [
    '/usr/bin/pgbench',
    '/usr/lib/postgresql/17/bin/pgbench',
    '/usr/lib/postgresql/16/bin/pgbench',
    '/usr/lib/postgresql/15/bin/pgbench',
  ]) {
    try {
      execFileSync(p, ['--version'], { stdio: 'pipe' });
      return p;
    } catch {}
  }
  throw new Error('pgbench not found');
}

export interface PgbenchResult {
  tps: number;
  /** Latency per transaction from pgbench's own per-transaction log, ms. */
  p50: number;
  p99: number;
}

/** Runs pgbench with a custom script (50 clients, 2 threads, 15 s) over TCP; returns transactions per second. */
export function pgbench(port: number, script: string, seconds = 15, clients = 50): number {
  return pgbenchWithLatency(port, script, seconds, clients).tps;
}

/**
 * pgbench with a custom script over TCP (-n -c clients -j 2 -T seconds), with every transaction's latency
 * logged (`--log`, read back here) so that its p50/p99 sit beside the app's in the same run.
 */
export function pgbenchWithLatency(port: number, script: string, seconds = 15, clients = 50): PgbenchResult {
  const dir = mkdtempSync(join(tmpdir(), 'bb-pgbench-'));
  chmodSync(dir, 0o777); // pgbench runs as postgres and writes its log here
  const file = join(dir, 'custom.sql');
  writeFileSync(file, script);
  chmodSync(file, 0o644);
  const args = [
    '-h',
    '127.0.0.1',
    '-p',
    String(port),
    '-U',
    'postgres',
    '-n',
    '-c',
    String(clients),
    '-j',
    '2',
  ].concat(['-T', String(seconds), '--log', '--log-prefix', join(dir, 'log'), '-f', file, 'postgres']);
  try {
    const asRoot = process.getuid?.() === 0;
    const out = asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', pgbenchPath(), ...args], {
          encoding: 'utf8',
          cwd: dir,
        })
      : execFileSync(pgbenchPath(), args, { encoding: 'utf8', cwd: dir });
    const tps = /tps = ([\d.]+)/.exec(out)?.[1];
    if (!tps) throw new Error(`pgbench printed no tps:\n${out}`);
    // Log lines: client_id transaction_no latency_us script_no epoch_s epoch_us
    const latencies: number[] = [];
    for (const name of readdirSync(dir).filter((n) => n.startsWith('log.')))
      for (const row of readFileSync(join(dir, name), 'utf8').split('\n')) {
        const us = Number(row.split(' ')[2]);
        if (row && Number.isFinite(us)) latencies.push(us / 1000);
      }
    latencies.sort((a, b) => a - b);
    return { tps: Number(tps), p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
