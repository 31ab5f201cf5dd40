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
  };
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
