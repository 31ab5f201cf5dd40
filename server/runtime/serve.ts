import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import type { AppConfig } from '../config.ts';
import { type DatabaseHandle, openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { markInterruptedImports } from '../eventlog/service.ts';
import { demoBanner } from '../seed/banner.ts';
import { seedDemo } from '../seed/demo.ts';
import { serverLogger } from './logging.ts';

/** Opens the configured database: PGlite in the data folder, or PostgreSQL at DATABASE_URL. */
export function openConfiguredDatabase(config: AppConfig): Promise<DatabaseHandle> {
  return openDatabase({
    url: config.databaseUrl,
    poolSize: config.databasePoolSize,
    dataDir: config.dataDir,
  });
}

/**
 * What happens once per start before anyone is served: migrate, seed the demo municipality on the
 * first start, print the plain banner with the demo password (before the first JSON log line).
 */
export async function prepareDatabase(database: DatabaseHandle, config: AppConfig): Promise<void> {
  await migrateToLatest(database.db);
  const seed = await seedDemo(database.db, config.adminPassword);
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  process.stdout.write(demoBanner(seed, `http://${shown}:${config.port}`));
}

/**
 * A cluster's primary, before it starts the workers: the database is ready and no worker runs yet,
 * so every import still recorded as running died with the last start.
 */
export async function prepareCluster(config: AppConfig): Promise<void> {
  const database = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(database, config);
    await markInterruptedImports(database.db, true);
  } finally {
    await database.close();
  }
}

/**
 * Serves on the configured port until SIGINT/SIGTERM, which close the server and then the database
 * (PGlite flushes its files; responses in flight are committed first), so nothing acknowledged is lost.
 */
export async function serve(database: DatabaseHandle, config: AppConfig): Promise<FastifyInstance> {
  const app = await buildApp({
    database,
    config,
    logger: serverLogger(config.logLevel),
    // Only worker 0 of a cluster runs it (runtime/background.ts).
    scheduleRetention: true,
  });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    try {
      await app.close();
      await database.close();
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  return app;
}
