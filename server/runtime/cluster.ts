import cluster, { type Worker } from 'node:cluster';
import type { AppConfig } from '../config.ts';

/** A worker that dies within this long of its start counts as a crash loop: its restart waits longer. */
const QUICK_DEATH_MS = 10_000;
const MAX_RESTART_DELAY_MS = 30_000;
/** How long a stopping worker may take to finish its requests and commits before it is killed. */
const STOP_GRACE_MS = 30_000;

/**
 * The primary of BORGERBLIK_WORKERS server processes sharing one port (Node's cluster module: the
 * primary accepts connections and hands them out in turn). It serves nothing itself: it starts the
 * workers, starts a worker again with the same index when one dies (worker 0 does the background
 * work, so that work never stops for long), and on SIGINT/SIGTERM stops them all and waits.
 *
 * Why processes and not threads: every request path (Fastify, the pg pool, argon2) is per process
 * already, and a worker that dies (kill -9, out of memory) takes only its own requests with it: a
 * citizen's 303 is sent only after the commit, so an answer in flight gets an error, never a false
 * acknowledgement. PostgreSQL only: PGlite is one process's database.
 */
export function runPrimary(config: AppConfig, log: (line: string) => void = console.log): void {
  let stopping = false;
  const started = new Map<number, number>();
  const delays = new Map<number, number>();
  const byWorker = new Map<Worker, number>();

  const start = (index: number) => {
    const worker = cluster.fork({ BORGERBLIK_WORKER_INDEX: String(index) });
    byWorker.set(worker, index);
    started.set(index, Date.now());
  };

  cluster.on('exit', (worker, code, signal) => {
    const index = byWorker.get(worker);
    byWorker.delete(worker);
    if (stopping || index === undefined) {
      if (byWorker.size === 0) process.exit(0);
      return;
    }
    const quick = Date.now() - (started.get(index) ?? 0) < QUICK_DEATH_MS;
    const delay = quick ? Math.min((delays.get(index) ?? 500) * 2, MAX_RESTART_DELAY_MS) : 0;
    delays.set(index, quick ? delay : 500);
    log(`worker ${index} stopped (${signal ?? `exit code ${code}`}); starting it again in ${delay} ms`);
    setTimeout(() => {
      if (!stopping) start(index);
    }, delay).unref();
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping ${byWorker.size} workers`);
    for (const worker of byWorker.keys()) worker.process.kill('SIGTERM');
    if (byWorker.size === 0) process.exit(0);
    setTimeout(() => {
      for (const worker of byWorker.keys()) worker.process.kill('SIGKILL');
      process.exit(1);
    }, STOP_GRACE_MS).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  for (let i = 0; i < config.workers; i++) start(i);
  log(`Borgerblik: ${config.workers} worker processes on port ${config.port}`);
}
