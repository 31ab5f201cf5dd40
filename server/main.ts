import cluster from 'node:cluster';
import { loadConfig } from './config.ts';
import { keyFromFile } from './crypto/key-file.ts';
import { runPrimary } from './runtime/cluster.ts';
import { openConfiguredDatabase, prepareCluster, prepareDatabase, serve } from './runtime/serve.ts';

/**
 * `npm start`: open the database (PGlite folder, or DATABASE_URL), migrate, seed the demo
 * municipality on first start, serve. With BORGERBLIK_WORKERS > 1 (PostgreSQL only) this process
 * prepares the database and then starts that many worker processes on the one port (runtime/cluster.ts).
 */
async function main() {
  const loaded = loadConfig();
  // Workers read the key file the primary made sure of; they never create it (no race).
  const keyFile = loaded.secretKey ? undefined : keyFromFile(loaded.dataDir);
  if (keyFile && cluster.isPrimary)
    console.log(`BORGERBLIK_SECRET_KEY is not set: using the key in ${keyFile.path}`);
  const config = { ...loaded, secretKey: loaded.secretKey ?? keyFile?.key };

  if (config.workers > 1) {
    if (!config.databaseUrl)
      throw new Error('BORGERBLIK_WORKERS above 1 needs PostgreSQL (DATABASE_URL); PGlite is one process');
    if (cluster.isPrimary) {
      await prepareCluster(config);
      runPrimary(config);
      return;
    }
  }
  const database = await openConfiguredDatabase(config);
  if (cluster.isPrimary) await prepareDatabase(database, config);
  const app = await serve(database, config);
  const where =
    database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  app.log.info(
    { host: config.host, port: config.port, database: where, worker: config.workerIndex },
    'Borgerblik is serving',
  );
}

main().catch((err) => {
  console.error('Borgerblik could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
