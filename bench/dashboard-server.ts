/**
 * The dashboard server the benchmark calls, and the statements one call sends.
 *
 * On PostgreSQL the server is the compiled one in its own process (`startCompiledServer`), as a user
 * meets it: the benchmark process is only the client, so the client's fetch no longer shares the
 * server's event loop and CPU time. The statements a call sends are recorded beforehand through an
 * in-process app on a query-logging handle (`app.inject`, not timed), closed before any timing.
 * PGlite in memory (`memory://`) cannot be shared with another process: there, and with
 * `--in-process`, the app listens in the benchmark process as before.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompiledQuery } from 'kysely';
import { isFresh } from '../bin/freshness.mjs';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import type { DatabaseHandle } from '../server/db/database.ts';
import { cpuSeconds, startCompiledServer } from './compiled-server.ts';
import { capturing } from './dashboard-capture.ts';
import { BENCH_PASSWORD, type BenchTenant } from './dashboard-load.ts';
import { logIn, loopbackOrigin, sessionCookie } from './http-session.ts';

export interface DashboardServer {
  /** http://127.0.0.1:port/api/v1 */
  base: string;
  /** Headers of a signed-in browser: the session cookie, and the encodings a browser accepts. */
  headers: Record<string, string>;
  /** 'process' (compiled server, own process) or 'in-process'. */
  mode: 'process' | 'in-process';
  /** CPU seconds the server process has used so far (null in-process: it is this process). */
  cpu: () => number | null;
  stop: () => Promise<void>;
}

/** Background work (the roll-up step, the webhook outbox poll) may run meanwhile: not part of a call. */
const background = /dashboard_roll_up|webhook_delivery/;

/** The analyst's session cookie on the server at `origin` (throws on a refused login). */
const signIn = async (origin: string, t: BenchTenant) =>
  (await logIn(origin, t.email, BENCH_PASSWORD)).cookie;

const browserHeaders = (cookie: string) => ({ cookie, 'accept-encoding': 'gzip, deflate, br' });

/**
 * The statements each path's call sends (the first call of each, after one warm-up call), through
 * an in-process app on a query-logging handle; the app is closed before this returns.
 */
export async function captureStatements(
  handle: DatabaseHandle,
  t: BenchTenant,
  paths: Record<string, string>,
): Promise<Map<string, CompiledQuery[]>> {
  const cap = capturing(handle);
  const app = await buildApp({ database: cap.handle, config: { ...loadConfig({}), webDir: '/nonexistent' } });
  const out = new Map<string, CompiledQuery[]>();
  try {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: t.email, password: BENCH_PASSWORD },
    });
    const cookie = sessionCookie(login.headers['set-cookie']);
    for (const [name, path] of Object.entries(paths)) {
      await app.inject({ url: `/api/v1${path}`, headers: { cookie } });
      cap.start();
      const res = await app.inject({ url: `/api/v1${path}`, headers: { cookie } });
      const sent = cap.stop().filter((s) => !background.test(s.sql));
      if (res.statusCode !== 200) throw new Error(`${path}: ${res.statusCode} ${res.body}`);
      out.set(name, sent);
    }
  } finally {
    await app.close();
  }
  return out;
}

/** Starts the server the calls are timed against: its own process on PostgreSQL unless `inProcess`. */
export async function startDashboardServer(
  handle: DatabaseHandle,
  t: BenchTenant,
  url: string | undefined,
  inProcess = false,
): Promise<DashboardServer> {
  if (url && !inProcess) {
    // A server older than the sources would time code that is not the one under test.
    if (!(await isFresh(['dist/server/main.js'], ['server', 'shared'])))
      throw new Error('dist/server is missing or older than server/ or shared/: run npm run build:server');
    const dataDir = mkdtempSync(join(tmpdir(), 'borgerblik-bench-dashboard-'));
    const server = await startCompiledServer({ databaseUrl: url, dataDir, poolSize: 10 });
    const origin = `http://127.0.0.1:${server.port}`;
    return {
      base: `${origin}/api/v1`,
      headers: browserHeaders(await signIn(origin, t)),
      mode: 'process',
      cpu: () => cpuSeconds(server.pid),
      stop: async () => {
        await server.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const app = await buildApp({ database: handle, config: { ...loadConfig({}), webDir: '/nonexistent' } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const origin = loopbackOrigin(app.server.address());
  return {
    base: `${origin}/api/v1`,
    headers: browserHeaders(await signIn(origin, t)),
    mode: 'in-process',
    cpu: () => null,
    stop: () => app.close(),
  };
}
