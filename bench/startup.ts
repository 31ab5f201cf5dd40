import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startPgCluster } from '../test/pg-cluster.ts';

/**
 * Start-up time of the server to its first `/healthz` answer: wall time and the CPU time the server
 * process used until then (read from /proc, so a loaded machine inflates the wall figure but hardly the
 * CPU figure). Each database is measured on a fresh data folder (migrate + seed) and then on the same,
 * existing data (a restart). `--tsx` runs the sources through tsx, as `npm start` did before the build
 * step, for the before/after comparison; by default the compiled `dist/server/main.js` is run (build first:
 * `npm run build`). Usage: npx tsx bench/startup.ts [--tsx] [--only pglite|postgres]
 */
const root = path.resolve(import.meta.dirname, '..');
const useTsx = process.argv.includes('--tsx');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const ticksPerSecond = 100; // USER_HZ on Linux

/** utime + stime of a process and its waited-for children, in seconds. */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
  return ticks / ticksPerSecond;
}

async function startOnce(env: NodeJS.ProcessEnv, port: number): Promise<{ wall: number; cpu: number }> {
  const args = useTsx
    ? ['--import', 'tsx', 'server/main.ts'] // one process, so its CPU time is all of it
    : ['dist/server/main.js'];
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const wall = (performance.now() - started) / 1000;
    return { wall, cpu: cpuSeconds(child.pid as number) };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

async function measure(name: string, env: NodeJS.ProcessEnv, port: number) {
  const fresh = await startOnce(env, port);
  const restart = await startOnce(env, port);
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  for (const [kind, r] of [
    ['first start (migrate + seed)', fresh],
    ['restart on existing data', restart],
  ] as const) {
    console.log(
      `${name.padEnd(10)} | ${kind.padEnd(28)} | ${r.wall.toFixed(1)} s wall | ${r.cpu.toFixed(1)} s CPU | load ${load}`,
    );
  }
}

console.log(
  `${useTsx ? 'tsx server/main.ts (sources)' : 'node dist/server/main.js'}, ${new Date().toISOString()}`,
);
if (only !== 'postgres') {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'borgerblik-startup-'));
  try {
    await measure('PGlite', { BORGERBLIK_DATA_DIR: dataDir, DATABASE_URL: '' }, 3471);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
if (only !== 'pglite') {
  const cluster = await startPgCluster();
  try {
    await measure('PostgreSQL', { DATABASE_URL: cluster.url }, 3472);
  } finally {
    cluster.stop();
  }
}
