import { finished } from 'node:stream/promises';
import type { CompiledQuery } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { CopyText } from './copy-text.ts';
import type { CaseRow, EventRow } from './rows.ts';
import {
  type BulkWriter,
  CASE_COLUMNS,
  EVENT_COLUMNS,
  ImportCancelled,
  type WriterTarget,
} from './writer-contract.ts';

type CopyStream = ReturnType<typeof copyFrom>;

/**
 * Bytes the COPY stream may hold before a write waits. The socket itself takes 16 KiB at a
 * time; with the default (also 16 KiB) every batch waited until it had all gone out, and the
 * next batch was parsed only then, so parsing and the server's work took turns instead of
 * overlapping. 4 MiB is a few batches: back-pressure still bounds memory.
 */
const IN_FLIGHT = 4 * 1024 * 1024;
/**
 * Rows go to the stream (events) or are kept until the commit (cases) in chunks of about this
 * size: XES parsers hand over a few traces at a time, and a write per small batch cost more than
 * the rows.
 */
const CHUNK = 512 * 1024;

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
  const eventText = new CopyText(target.municipalityId, target.logId);
  const caseText = new CopyText(target.municipalityId, target.logId);
  const cases: Buffer[] = [];
  let events: CopyStream;
  try {
    await client.query('begin');
    events = client.query(
      copyFrom(`copy eventlog_event (${EVENT_COLUMNS}) from stdin`, {
        highWaterMark: IN_FLIGHT,
      }),
    );
  } catch (error) {
    release(true);
    throw error;
  }
  let failure: unknown = null;
  events.on('error', (error) => {
    failure ??= error;
  });

  const write = async (stream: CopyStream, text: Buffer) => {
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
    async writeEvents(rows: readonly EventRow[]) {
      if (failure) throw failure;
      for (const row of rows) eventText.event(row);
      if (eventText.length >= CHUNK) await write(events, eventText.take());
    },
    writeCases(rows: readonly CaseRow[]) {
      for (const row of rows) caseText.case(row);
      if (caseText.length >= CHUNK) cases.push(caseText.take());
    },
    async commit(finalise: CompiledQuery, onStored: (events: number) => void) {
      await write(events, eventText.take());
      events.end();
      await finished(events);
      if (failure) throw failure;
      const caseStream = client.query(copyFrom(`copy eventlog_case (${CASE_COLUMNS}) from stdin`));
      caseStream.on('error', (error) => {
        failure ??= error;
      });
      cases.push(caseText.take());
      for (const text of cases.splice(0)) {
        if (target.signal.aborted) throw new ImportCancelled();
        await write(caseStream, text);
      }
      caseStream.end();
      await finished(caseStream);
      if (failure) throw failure;
      const result = await client.query(finalise.sql, [...finalise.parameters]);
      if (result.rows.length !== 1 || target.signal.aborted) throw new ImportCancelled();
      await client.query('commit');
      onStored(Number(events.rowCount));
      release(false);
    },
    async abort() {
      release(true);
    },
  };
}
