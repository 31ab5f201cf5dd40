import type { CompiledQuery } from 'kysely';
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
   * Stores the rest, runs `finalise` (the log's "ready" update with its webhook event) in the same
   * transaction and commits. Fails (and rolls back) if `finalise` returned no row: the import was cancelled.
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
