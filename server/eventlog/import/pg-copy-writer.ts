import { finished } from 'node:stream/promises';
import type { CompiledQuery } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import {
  type BulkWriter,
  CASE_COLUMNS,
  caseLines,
  EVENT_COLUMNS,
  eventLines,
  ImportCancelled,
  type WriterTarget,
} from './bulk-writer.ts';
import type { CaseRow, EventRow } from './rows.ts';

type CopyStream = ReturnType<typeof copyFrom>;

/**
 * PostgreSQL: BEGIN on a dedicated pool connection, then `COPY eventlog_event FROM STDIN` fed as
 * batches arrive (with back-pressure), and at the end one COPY of the case rows and the "ready"
 * update, all in the same transaction. Aborting destroys the connection: the server rolls back.
 */
export async function openPgCopyWriter(pool: pg.Pool, target: WriterTarget): Promise<BulkWriter> {
  const client = await pool.connect();
  let released = false;
  const release = (destroy: boolean) => {
    if (released) return;
    released = true;
    client.release(destroy ? new Error('import aborted') : undefined);
  };
  const prefix = `${target.municipalityId}\t${target.logId}\t`;
  const cases: string[] = [];
  let events: CopyStream;
  try {
    await client.query('begin');
    events = client.query(copyFrom(`copy eventlog_event (${EVENT_COLUMNS}) from stdin`));
  } catch (error) {
    release(true);
    throw error;
  }
  let failure: unknown = null;
  events.on('error', (error) => {
    failure ??= error;
  });

  const write = async (stream: CopyStream, text: string) => {
    if (failure) throw failure;
    if (!stream.write(text)) {
      // One listener pair per wait, removed again (a race of `once` promises would leak listeners).
      await new Promise<void>((resolve) => {
        const done = () => {
          stream.off('drain', done);
          stream.off('error', done);
          resolve();
        };
        stream.on('drain', done);
        stream.on('error', done);
      });
    }
    if (failure) throw failure;
  };

  return {
    writeEvents: (rows: readonly EventRow[]) => write(events, eventLines(prefix, rows)),
    writeCases(rows: readonly CaseRow[]) {
      cases.push(caseLines(prefix, rows));
    },
    async commit(finalise: CompiledQuery, onStored: (events: number) => void) {
      events.end();
      await finished(events);
      if (failure) throw failure;
      const caseStream = client.query(copyFrom(`copy eventlog_case (${CASE_COLUMNS}) from stdin`));
      caseStream.on('error', (error) => {
        failure ??= error;
      });
      for (const text of cases.splice(0)) {
        if (target.signal.aborted) throw new ImportCancelled();
        await write(caseStream, text);
      }
      caseStream.end();
      await finished(caseStream);
      if (failure) throw failure;
      const result = await client.query(finalise.sql, [...finalise.parameters]);
      if (result.rowCount !== 1 || target.signal.aborted) throw new ImportCancelled();
      await client.query('commit');
      onStored(Number(events.rowCount));
      release(false);
    },
    async abort() {
      release(true);
    },
  };
}
