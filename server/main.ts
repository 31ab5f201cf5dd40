import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { seedDemo } from './seed/demo.ts';

/**
 * `npm start`: open the database (PGlite folder, or DATABASE_URL), migrate, seed the demo
 * municipality on first start, serve. SIGINT/SIGTERM close the server and then the database, so
 * PGlite flushes its files and nothing acknowledged is lost.
 */
async function main() {
  const config = loadConfig();
  const database = await openDatabase({
    url: config.databaseUrl,
    poolSize: config.databasePoolSize,
    dataDir: config.dataDir,
  });
  await migrateToLatest(database.db);
  const seed = await seedDemo(database.db, config.adminPassword);
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
  console.log(`\nBorgerblik kører på http://localhost:${config.port}  (database: ${where})`);
  if (seed.created) {
    console.log(`Demokommune er oprettet. Log ind som ${seed.adminEmail} med adgangskoden: ${seed.password}`);
    console.log('(Samme adgangskode gælder analytiker@, medarbejder@ og laeser@demokommune.dk.)\n');
  } else {
    console.log(`Log ind som ${seed.adminEmail} (adgangskoden blev vist ved første start).\n`);
  }
}

main().catch((err) => {
  console.error('Borgerblik could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
