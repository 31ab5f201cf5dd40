import type { DatabaseHandle } from '../../db/database.ts';
import { openPgCopyWriter } from './pg-copy-writer.ts';
import { openPgliteWriter } from './pglite-writer.ts';
import type { BulkWriter, WriterTarget } from './writer-contract.ts';

// The writers import the contract from writer-contract.ts (not from here): no import cycle.
export { type BulkWriter, ImportCancelled, type WriterTarget } from './writer-contract.ts';

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
