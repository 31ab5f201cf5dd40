import { openDatabase } from './database.ts';
import { distributionStatements } from './distribution.ts';
import { migrateToLatest } from './migrate.ts';

/**
 * Prints the Citus statements for the schema after all migrations, in an order Citus accepts:
 * `npx tsx server/db/citus-ddl.ts` (docs/SCALING.md shows its output; the readiness test compares).
 */
async function main(): Promise<void> {
  const handle = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrateToLatest(handle.db);
    process.stdout.write(`${(await distributionStatements(handle.db)).join('\n')}\n`);
  } finally {
    await handle.close();
  }
}

await main();
