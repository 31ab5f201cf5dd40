/** pgbench runs with a custom script, the database-side anchors of the HTTP benchmarks (their load: bench/wrk.ts). */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

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
