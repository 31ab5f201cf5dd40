import type { CompiledQuery } from 'kysely';
import type { DatabaseHandle } from '../../db/database.ts';
import { openPgCopyWriter } from './pg-copy-writer.ts';
import { openPgliteWriter } from './pglite-writer.ts';
import type { CaseRow, EventRow } from './rows.ts';

/**
 * Writes one import's rows in bulk inside ONE transaction, so that a failed or cancelled import
 * leaves nothing behind. Events go out as they are parsed; case rows (one per case) are kept until
 * `commit`, because a case's attributes are complete only when it closes.
 */
export interface BulkWriter {
  writeEvents(rows: readonly EventRow[]): Promise<void>;
  writeCases(rows: readonly CaseRow[]): void;
  /**
   * Stores the rest, runs `finalise` (the log's "ready" update) in the same transaction and
   * commits. Fails (and rolls back) if `finalise` updated nothing: the import was cancelled.
   */
  commit(finalise: CompiledQuery, onStored: (events: number) => void): Promise<void>;
  /** Rolls back and releases everything; safe to call more than once. */
  abort(): Promise<void>;
}

/** Identifies the rows of one import. */
export interface WriterTarget {
  municipalityId: string;
  logId: string;
  signal: AbortSignal;
}

/**
 * COPY on PostgreSQL (a transaction on its own pool connection, streamed while parsing);
 * on PGlite, rows are staged in a temporary file while parsing and inserted in batches inside one
 * transaction at the end, because PGlite has a single connection that the transaction would hold
 * for the whole parse (every other request, progress polling included, would wait).
 */
export function openBulkWriter(handle: DatabaseHandle, target: WriterTarget): Promise<BulkWriter> {
  if (handle.pool) return openPgCopyWriter(handle.pool, target);
  if (handle.pglite) return openPgliteWriter(handle.pglite, target);
  throw new Error('The database handle has neither a pool nor PGlite');
}

/** Thrown when the log's status moved away from `importing` (cancelled) before the commit. */
export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled');
    this.name = 'ImportCancelled';
  }
}

/** Column order of the COPY rows written by {@link CopyText}. */
export const EVENT_COLUMNS =
  'municipality_id, log_id, case_no, seq, activity, ts, resource, grp, lifecycle, attrs';
export const CASE_COLUMNS = 'municipality_id, log_id, case_no, case_key, attrs';
