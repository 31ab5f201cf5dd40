/**
 * The compiled server as an operator runs it (`node dist/server/main.js`), started by a benchmark as a
 * child process so that its CPU and memory are its own (builds first when dist/ is missing).
 */
import { type ChildProcess, execSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../test/pg-cluster.ts';

export interface CompiledServer {
  port: number;
  pid: number;
  /** Resident memory of the server process now, and its peak so far (VmHWM), in bytes. */
  rss: () => { now: number; peak: number };
  stop: () => Promise<void>;
}

export async function startCompiledServer(options: {
  databaseUrl: string;
  dataDir: string;
  workers?: number;
  poolSize?: number;
}): Promise<CompiledServer> {
  if (!existsSync('dist/server/main.js')) execSync('npm run build --silent', { stdio: 'inherit' });
  const workers = options.workers ?? 1;
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['dist/server/main.js'], {
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
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 1000 * workers)); // every worker up, not only the first
  const pid = child.pid ?? 0;
  const field = (name: string) => {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(
      new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'),
    );
    return Number(match?.[1] ?? 0) * 1024;
  };
  return {
    port,
    pid,
    rss: () => ({ now: field('VmRSS'), peak: field('VmHWM') }),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
