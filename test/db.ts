import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';

const TEMPLATE_DB = 'borgerblik_template';

/** Which database this integration run uses (set per Vitest project). */
export function testDatabaseKind(): 'pglite' | 'postgres' {
  return process.env.BORGERBLIK_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

/** True when this run is the PostgreSQL one but no server could be started (local machine only). */
export function postgresUnavailable(): boolean {
  return testDatabaseKind() === 'postgres' && !inject('pgAdminUrl');
}

/**
 * A fresh, migrated database for one test file: an in-memory PGlite, or a clone of the migrated
 * template on the throw-away PostgreSQL cluster.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  if (testDatabaseKind() === 'pglite') {
    const template = inject('pgliteTemplate');
    if (template)
      return openDatabase({ dataDir: 'memory://', loadDataDir: new Blob([readFileSync(template)]) });
    const handle = await openDatabase({ dataDir: 'memory://' });
    await migrateToLatest(handle.db);
    return handle;
  }
  return openDatabase({ url: await createPostgresTestDatabaseUrl() });
}

/** A fresh, migrated PostgreSQL database on the throw-away cluster, by URL (for a child process). */
export async function createPostgresTestDatabaseUrl(): Promise<string> {
  const adminUrl = inject('pgAdminUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${TEMPLATE_DB}`);
  await admin.end();
  return adminUrl.replace(/\/postgres$/, `/${name}`);
}
