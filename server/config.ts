import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

/** Settings read once from the environment at start-up. */
export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** DATABASE_POOL_SIZE: connections to PostgreSQL (default 20). */
  databasePoolSize: number;
  dataDir: string;
  adminPassword: string | undefined;
  /** Served over HTTPS: Secure cookies and Strict-Transport-Security (BORGERBLIK_SECURE_COOKIES=true). */
  secureCookies: boolean;
  /**
   * BORGERBLIK_TRUST_PROXY: which proxies may say who the client is (X-Forwarded-For): a hop count
   * (`1`) or addresses/CIDRs (`10.0.0.5,192.168.0.0/16`). Default none: the socket's address counts,
   * so a forged header cannot dodge the login and form rate limits.
   */
  trustProxy: false | number | string[];
  /** Where the built web app lives; served with SPA fallback when present. */
  webDir: string;
  bodyLimit: number;
  logLevel: string;
  /** BORGERBLIK_SECRET_KEY: encrypts secrets at rest (webhook signing secrets). main.ts keeps one in the data folder when unset. */
  secretKey: string | undefined;
  /** BORGERBLIK_WEBHOOK_ALLOW_PRIVATE=true: webhooks may call loopback/private addresses (tests, closed networks). */
  webhookAllowPrivate: boolean;
  /** BORGERBLIK_WEBHOOK_WORKER=false: this instance does not deliver webhooks (run exactly one worker per database). */
  webhookWorker: boolean;
  /** First retry delay of a failed webhook delivery; doubles per attempt (BORGERBLIK_WEBHOOK_RETRY_MS). */
  webhookRetryBaseMs: number;
  /** BORGERBLIK_PUBLIC_URL: the address browsers use, for identity-provider redirects and SAML metadata. */
  publicUrl: string;
  /**
   * BORGERBLIK_WORKERS: server processes behind the one port (default 1). More than one needs
   * PostgreSQL (DATABASE_URL); see server/runtime/cluster.ts.
   */
  workers: number;
  /**
   * Set by the cluster for each worker process (BORGERBLIK_WORKER_INDEX); undefined when the server
   * runs as one process. Worker 0 does the background work (roll-up, retention, webhooks).
   */
  workerIndex: number | undefined;
  /**
   * BORGERBLIK_CHECK_RESPONSES: check every JSON answer against its route's zod response schema before
   * sending it (a broken answer becomes a 500). On while Vitest runs (every test checks what the app
   * answers), off otherwise: production writes plain schemas with compiled fast-json-stringify
   * functions instead (server/http/serializer.ts).
   */
  checkResponses: boolean;
}

/** Reads the configuration from environment variables, with defaults for a local start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: Number(env.PORT ?? 3000),
    // Only this machine by default: the demo accounts are seeded. HOST=0.0.0.0 serves every interface.
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    databasePoolSize: Number(env.DATABASE_POOL_SIZE ?? 20),
    dataDir: resolve(env.BORGERBLIK_DATA_DIR ?? '.data/pglite'),
    adminPassword: env.BORGERBLIK_ADMIN_PASSWORD || undefined,
    secureCookies: env.BORGERBLIK_SECURE_COOKIES === 'true',
    trustProxy: parseTrustProxy(env.BORGERBLIK_TRUST_PROXY),
    webDir: resolve(env.BORGERBLIK_WEB_DIR ?? 'dist/web'),
    bodyLimit: 512 * 1024,
    logLevel: env.LOG_LEVEL ?? 'info',
    secretKey: env.BORGERBLIK_SECRET_KEY || undefined,
    webhookAllowPrivate: env.BORGERBLIK_WEBHOOK_ALLOW_PRIVATE === 'true',
    webhookWorker: env.BORGERBLIK_WEBHOOK_WORKER !== 'false',
    webhookRetryBaseMs: Number(env.BORGERBLIK_WEBHOOK_RETRY_MS ?? 10_000),
    publicUrl: (env.BORGERBLIK_PUBLIC_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/+$/, ''),
    workers: parseWorkers(env.BORGERBLIK_WORKERS),
    workerIndex: env.BORGERBLIK_WORKER_INDEX === undefined ? undefined : Number(env.BORGERBLIK_WORKER_INDEX),
    // Tests pass their own (often empty) env: whether Vitest runs is read from the process itself.
    checkResponses:
      env.BORGERBLIK_CHECK_RESPONSES === undefined
        ? process.env.VITEST !== undefined
        : env.BORGERBLIK_CHECK_RESPONSES === 'true',
  };
}

/** `""`/unset → 1; `auto` → one per core; else a whole number from 1 to 64. */
export function parseWorkers(value: string | undefined): number {
  const text = (value ?? '').trim();
  if (text === '') return 1;
  if (text === 'auto') return Math.max(1, availableParallelism());
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 64)
    throw new Error(`BORGERBLIK_WORKERS must be a whole number from 1 to 64 or "auto", not "${text}"`);
  return Number(text);
}

/** True when this process is the only server process (no cluster). */
export function soleProcess(config: Pick<AppConfig, 'workerIndex'>): boolean {
  return config.workerIndex === undefined;
}

/** True when this process does the background work: the only process, or worker 0 of a cluster. */
export function runsBackgroundWork(config: Pick<AppConfig, 'workerIndex'>): boolean {
  return config.workerIndex === undefined || config.workerIndex === 0;
}

/** `""`/unset → trust none; `2` → that many hops; else a comma list of addresses or CIDR ranges. */
export function parseTrustProxy(value: string | undefined): false | number | string[] {
  const text = (value ?? '').trim();
  if (text === '' || text === 'false' || text === '0') return false;
  if (/^\d+$/.test(text)) return Number(text);
  if (text === 'true')
    throw new Error('BORGERBLIK_TRUST_PROXY=true would trust any client; give a hop count or addresses');
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
