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
  /** Secure cookies when served over HTTPS (behind a proxy): BORGERBLIK_SECURE_COOKIES=true. */
  secureCookies: boolean;
  /** Where the built web app lives; served with SPA fallback when present. */
  webDir: string;
  bodyLimit: number;
  logLevel: string;
}

/** Reads the configuration from environment variables, with defaults for a local start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    databasePoolSize: Number(env.DATABASE_POOL_SIZE ?? 20),
    dataDir: resolve(env.BORGERBLIK_DATA_DIR ?? '.data/pglite'),
    adminPassword: env.BORGERBLIK_ADMIN_PASSWORD || undefined,
    secureCookies: env.BORGERBLIK_SECURE_COOKIES === 'true',
    webDir: resolve(env.BORGERBLIK_WEB_DIR ?? 'dist/web'),
    bodyLimit: 512 * 1024,
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
