import { type CompiledQuery, Kysely, PostgresDialect } from 'kysely';
import Cursor from 'pg-cursor';
import type { DatabaseHandle } from '../server/db/database.ts';
import { PGliteDialect } from '../server/db/pglite/pglite-dialect.ts';
import type { Database } from '../server/db/types.ts';

/** A database handle whose statements can be recorded while the app serves a request. */
export interface CapturingHandle {
  handle: DatabaseHandle;
  /** Starts recording (forgets what was recorded before). */
  start(): void;
  /** Stops recording and returns the statements sent since `start`, in the order they finished. */
  stop(): CompiledQuery[];
}

/**
 * The same connections as `base`, through a Kysely instance with a query log hook: the benchmark
 * gives this handle to the app, so it can time the exact statements the API sent (text and
 * parameters) the same way as the hand-written SQL. Closing it leaves `base` open.
 */
export function capturing(base: DatabaseHandle): CapturingHandle {
  let recording = false;
  let seen: CompiledQuery[] = [];
  const dialect = base.pool
    ? new PostgresDialect({ pool: base.pool, cursor: Cursor })
    : base.pglite
      ? new PGliteDialect(base.pglite)
      : undefined;
  if (!dialect) throw new Error('capturing: the handle has neither a pool nor PGlite');
  const db = new Kysely<Database>({
    dialect,
    log: (event) => {
      if (recording && event.level === 'query') seen.push(event.query);
    },
  });
  return {
    handle: { ...base, db, close: async () => {} },
    start() {
      seen = [];
      recording = true;
    },
    stop() {
      recording = false;
      return seen;
    },
  };
}
