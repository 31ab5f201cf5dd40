import { buildApp } from '../../../app.ts';
import { loadConfig } from '../../../config.ts';
import { openDatabase } from '../../../db/database.ts';

/**
 * The server as a child process for the crash test (kill -9 mid-delivery): the real app on the
 * database and settings from the environment, without the demo seed. Prints "ready" when listening.
 */
const config = { ...loadConfig(), webDir: '/nonexistent-web-dir' };
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, poolSize: 4 });
const app = await buildApp({ database, config });
await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write('ready\n');
const stop = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
