import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import Cursor from 'pg-cursor';
import { PGliteDialect } from './pglite/pglite-dialect.ts';
import type { Database } from './types.ts';

export type DatabaseKind = 'pglite' | 'postgres';

/** Where the data lives: a PostgreSQL URL, or a PGlite folder (`memory://` for throw-away). */
export interface DatabaseConfig {
  url?: string | undefined;
  /** PostgreSQL pool size; writes under many concurrent clients need more than the default. */
  poolSize?: number | undefined;
  dataDir?: string | undefined;
  /** Start PGlite from a dump (tests: a migrated template, which skips initdb and migrations). */
  loadDataDir?: Blob | undefined;
}

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Low-level access for bulk paths (COPY on PostgreSQL); undefined on PGlite. */
  pool?: pg.Pool;
  pglite?: PGlite;
  close(): Promise<void>;
}

// Return int8 (bigint, count(*)) as JS numbers and numerics as numbers: our counts stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
pg.types.setTypeParser(1700, (v) => Number.parseFloat(v));

/**
 * Opens the database. With a URL it connects to PostgreSQL through a pool; otherwise it starts
 * PGlite in-process on `dataDir`. Both speak the same SQL, so the rest of the code does not care.
 */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  if (config.url) {
    const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize ?? 20 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool, cursor: Cursor }) });
    return { db, kind: 'postgres', pool, close: () => db.destroy() };
  }
  const dataDir = config.dataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir, {
    ...(config.loadDataDir ? { loadDataDir: config.loadDataDir } : {}),
    parsers: { 20: (v: string) => Number.parseInt(v, 10), 1700: (v: string) => Number.parseFloat(v) },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    pglite,
    close: async () => {
      await db.destroy();
      // Closing flushes PGlite's files; skipping it on shutdown risks losing acknowledged writes.
      await pglite.close();
    },
  };
}
