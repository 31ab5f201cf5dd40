import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { demoBanner } from './seed/banner.ts';
import { seedDemo } from './seed/demo.ts';
import { resolveSecretKey } from './sso/secret-key.ts';

/**
 * `npm start`: open the database (PGlite folder, or DATABASE_URL), migrate, seed the demo
 * municipality on first start, serve. SIGINT/SIGTERM close the server and then the database, so
 * PGlite flushes its files and nothing acknowledged is lost.
 */
async function main() {
  const loaded = loadConfig();
  const secretKey =
    loaded.secretKey ?? (await resolveSecretKey(process.env, loaded.dataDir, (m) => console.warn(m)));
  const config = { ...loaded, secretKey };
  const database = await openDatabase({
    url: config.databaseUrl,
    poolSize: config.databasePoolSize,
    dataDir: config.dataDir,
  });
  await migrateToLatest(database.db);
  const seed = await seedDemo(database.db, config.adminPassword);
  // Before the first JSON log line: a person should find the demo password without searching logs.
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  process.stdout.write(demoBanner(seed, `http://${shown}:${config.port}`));
  const app = await buildApp({ database, config, logger: { level: config.logLevel } });

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
  const where =
    database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  app.log.info({ host: config.host, port: config.port, database: where }, 'Borgerblik is serving');
}

main().catch((err) => {
  console.error('Borgerblik could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
