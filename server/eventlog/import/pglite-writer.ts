import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { CompiledQuery } from 'kysely';
import type { CaseRow, EventRow } from './rows.ts';
import { type BulkWriter, ImportCancelled, type WriterTarget } from './writer-contract.ts';

const BATCH = 5000;

const INSERT_EVENTS = `insert into eventlog_event
  (municipality_id, log_id, case_no, seq, activity, ts, resource, grp, lifecycle, attrs)
  select $1::uuid, $2::uuid, e.* from unnest($3::int4[], $4::int4[], $5::text[], $6::int8[], $7::text[],
    $8::text[], $9::text[], $10::jsonb[]) as e`;
const INSERT_CASES = `insert into eventlog_case (municipality_id, log_id, case_no, case_key, attrs)
  select $1::uuid, $2::uuid, c.* from unnest($3::int4[], $4::text[], $5::jsonb[]) as c`;

type StagedEvent = [
  number,
  number,
  string,
  number | null,
  string | null,
  string | null,
  string | null,
  string | null,
];

/**
 * PGlite: events are staged as JSON lines in a temporary file while the log is parsed (no
 * connection held), then inserted in batches of 5,000 rows (one multi-row INSERT over `unnest`
 * arrays each) inside one PGlite transaction with the case rows and the "ready" update.
 */
export async function openPgliteWriter(pglite: PGlite, target: WriterTarget): Promise<BulkWriter> {
  const file = path.join(tmpdir(), `borgerblik-eventlog-${target.logId}.ndjson`);
  const staged = createWriteStream(file);
  let failure: unknown = null;
  staged.on('error', (error) => {
    failure ??= error;
  });
  const cases: CaseRow[] = [];
  let stagedEvents = 0;
  const ids = [target.municipalityId, target.logId];

  const insertEvents = (tx: Transaction, rows: StagedEvent[]) =>
    tx.query(INSERT_EVENTS, [...ids, ...columns(rows, 8)]);

  return {
    async writeEvents(rows: readonly EventRow[]) {
      if (failure) throw failure;
      let text = '';
      for (const r of rows) {
        text += `${JSON.stringify([r.caseNo, r.seq, r.activity, r.ts, r.resource, r.grp, r.lifecycle, r.attrs])}\n`;
      }
      stagedEvents += rows.length;
      if (!staged.write(text)) await new Promise<void>((resolve) => staged.once('drain', () => resolve()));
    },
    writeCases(rows: readonly CaseRow[]) {
      cases.push(...rows);
    },
    async commit(finalise: CompiledQuery, onStored: (events: number) => void) {
      staged.end();
      await finished(staged);
      if (failure) throw failure;
      await pglite.transaction(async (tx) => {
        let batch: StagedEvent[] = [];
        let stored = 0;
        const lines = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
        for await (const line of lines) {
          batch.push(JSON.parse(line) as StagedEvent);
          if (batch.length < BATCH) continue;
          if (target.signal.aborted) throw new ImportCancelled();
          await insertEvents(tx, batch);
          stored += batch.length;
          onStored(stored);
          batch = [];
        }
        if (batch.length) await insertEvents(tx, batch);
        for (let i = 0; i < cases.length; i += BATCH) {
          const part = cases.slice(i, i + BATCH).map((c) => [c.caseNo, c.caseKey, c.attrs]);
          await tx.query(INSERT_CASES, [...ids, ...columns(part, 3)]);
        }
        const result = await tx.query(finalise.sql, [...finalise.parameters]);
        if (result.rows.length !== 1 || target.signal.aborted) throw new ImportCancelled();
      });
      onStored(stagedEvents);
      await rm(file, { force: true });
    },
    async abort() {
      staged.destroy();
      await rm(file, { force: true });
    },
  };
}

/** Row arrays → one array per column (what `unnest` takes). */
function columns(rows: ReadonlyArray<ReadonlyArray<unknown>>, width: number): unknown[][] {
  const out: unknown[][] = Array.from({ length: width }, () => new Array(rows.length));
  rows.forEach((row, i) => {
    for (let c = 0; c < width; c++) (out[c] as unknown[])[i] = row[c];
  });
  return out;
}
