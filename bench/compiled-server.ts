/**
 * The compiled server as an operator runs it (`node dist/server/main.js`), started by a benchmark as a
 * child process so that its CPU and memory are its own (builds first when dist/ is missing). With
 * `source`, the sources run through tsx instead (as `npm start` did before the build step).
 */
import { type ChildProcess, execSync, spawn } from 'node:child_process';
import { existsSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from '../test/pg-cluster.ts';

const root = resolve(import.meta.dirname, '..');
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export interface CompiledServer {
  port: number;
  pid: number;
  /** Seconds from the spawn to the first `/healthz` answer: wall time, and the CPU time the server used. */
  startup: { wall: number; cpu: number };
  /** `performance.now()` at the spawn (≈ the server's own process start, the clock of `--trace-gc`). */
  spawnedAt: number;
  /** Resident memory of the server process now, and its peak so far (VmHWM), in bytes. */
  rss: () => { now: number; peak: number };
  stop: () => Promise<void>;
}

/** The sum of some /proc/<pid>/stat fields (counted from the state, after the command), in seconds. */
function statSeconds(pid: number, indexes: number[]): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return indexes.reduce((sum, i) => sum + Number(fields[i]), 0) / TICKS_PER_SECOND;
}

/** utime + stime of a process and its waited-for children, in seconds. */
export function cpuSeconds(pid: number): number {
  return statSeconds(pid, [11, 12, 13, 14]);
}

/** cutime + cstime: the CPU of a process's children that have exited and been waited for, in seconds. */
export function reapedChildrenCpuSeconds(pid: number): number {
  return statSeconds(pid, [13, 14]);
}

/** `cpuSeconds` of a process and its live descendants (a server's worker processes), in seconds. */
export function treeCpuSeconds(pid: number): number {
  let total = cpuSeconds(pid);
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const children = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
    for (const child of children ? children.split(' ') : []) total += treeCpuSeconds(Number(child));
  }
  return total;
}

export async function startCompiledServer(options: {
  /** Empty: the embedded PGlite in `dataDir`. */
  databaseUrl: string;
  dataDir: string;
  workers?: number;
  poolSize?: number;
  /** Run server/main.ts through tsx (one process, so its CPU time is all of it). */
  source?: boolean;
  /** Node/V8 options before the script (e.g. `--heap-growing-percent=30`). */
  nodeArgs?: string[];
  /** A file for the server's stdout (its access log, and `--trace-gc`'s lines); discarded without. */
  stdoutFile?: string;
}): Promise<CompiledServer> {
  const main = join(root, 'dist/server/main.js');
  if (!options.source && !existsSync(main))
    execSync('npm run build --silent', { cwd: root, stdio: 'inherit' });
  const workers = options.workers ?? 1;
  const port = await freePort();
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), ...(options.source ? ['--import', 'tsx', 'server/main.ts'] : [main])],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: options.databaseUrl,
        DATABASE_POOL_SIZE: String(options.poolSize ?? Math.ceil(50 / workers)),
        BORGERBLIK_WORKERS: String(workers),
        PORT: String(port),
        HOST: '127.0.0.1',
        BORGERBLIK_DATA_DIR: join(options.dataDir, 'pglite'),
        BORGERBLIK_SECRET_KEY: 'bench-key-bench-key-bench-key-bench-00',
        BORGERBLIK_ADMIN_PASSWORD: 'Bench-password-1234',
        BORGERBLIK_WEB_DIR: '/nonexistent',
        BORGERBLIK_PUBLIC_RATE_LIMITS: 'survey=100000000,client=100000000,views=100000000',
        // The production default: one access line per request (to /dev/null here, as to a log in production).
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', options.stdoutFile ? openSync(options.stdoutFile, 'w') : 'ignore', 'inherit'],
    },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const pid = child.pid ?? 0;
  let startup: CompiledServer['startup'] | undefined;
  // No fixed count of polls: a first PGlite start on a loaded machine has taken 90 s.
  while (!startup && performance.now() - started < 600_000) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) startup = { wall: (performance.now() - started) / 1000, cpu: cpuSeconds(pid) };
    else await new Promise((r) => setTimeout(r, 50));
  }
  if (!startup) {
    child.kill('SIGTERM');
    throw new Error('server did not answer /healthz within 10 minutes');
  }
  await new Promise((r) => setTimeout(r, 1000 * workers)); // every worker up, not only the first
  const field = (name: string) => {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(
      new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'),
    );
    return Number(match?.[1] ?? 0) * 1024;
  };
  return {
    port,
    pid,
    startup,
    spawnedAt: started,
    rss: () => ({ now: field('VmRSS'), peak: field('VmHWM') }),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
