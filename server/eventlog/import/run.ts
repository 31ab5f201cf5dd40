import type { Tenant } from '../../auth/context.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import type { ImportOptions, ImportProgress } from '../model.ts';
import { type EventLogStream, openEventLogFile } from '../parse/index.ts';
import { readyStatement } from '../repository.ts';
import { ImportCancelled, openBulkWriter } from './bulk-writer.ts';
import { Pseudonymiser } from './privacy.ts';
import { type CaseRow, RowBuilder } from './rows.ts';

/** Everything one import needs; `progress` is updated in place for the polling endpoint. */
export interface ImportRun {
  handle: DatabaseHandle;
  tenant: Tenant;
  logId: string;
  file: string;
  options: ImportOptions;
  secret: string;
  signal: AbortSignal;
  progress: ImportProgress;
}

/**
 * Parses the uploaded file as a stream, pseudonymises and screens every row, and writes it in
 * bulk; the log turns `ready` in the same transaction as its rows. Throws on bad input
 * (EventLogParseError, ImportFailure) or cancellation (ImportCancelled) after rolling back.
 */
export async function runImport(run: ImportRun): Promise<void> {
  const { progress, signal } = run;
  const stream = await openStream(run);
  const builder = new RowBuilder(run.options, new Pseudonymiser(run.secret));
  const writer = await openBulkWriter(run.handle, {
    municipalityId: run.tenant.municipalityId,
    logId: run.logId,
    signal,
  });
  try {
    for await (const batch of stream) {
      if (signal.aborted) throw new ImportCancelled();
      await writer.writeEvents(batch.events.map((e) => builder.event(e)));
      const cases: CaseRow[] = [];
      for (const record of batch.cases) {
        const row = builder.caseRecord(record);
        if (row) cases.push(row);
      }
      writer.writeCases(cases);
    }
    const s = stream.summary;
    Object.assign(progress, { phase: 'storing', events: s.events, cases: s.cases, stored: 0 });
    const finalise = readyStatement(run.handle.db, run.tenant, run.logId, {
      events: s.events,
      cases: s.cases,
      notes: s.notes,
      skippedTotal: s.skippedTotal,
      skipped: s.skipped,
    });
    await writer.commit(finalise, (stored) => {
      progress.stored = stored;
    });
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

function openStream(run: ImportRun): Promise<EventLogStream> {
  const { options, progress } = run;
  const onProgress = (p: { bytesRead: number; events: number; cases: number }) => {
    progress.bytesRead = p.bytesRead;
    progress.events = p.events;
    progress.cases = p.cases;
  };
  const csv = options.csv;
  return openEventLogFile(run.file, {
    onProgress,
    batchSize: 5000,
    skipBadRows: options.skipBadRows,
    ...(csv
      ? {
          encoding: csv.encoding,
          delimiter: csv.delimiter,
          dateFormat: csv.dateOrder,
          mapping: {
            caseId: csv.caseId,
            activity: csv.activity,
            timestamp: csv.timestamp,
            resource: csv.resource,
            group: csv.group,
            lifecycle: csv.lifecycle,
            attributes: options.keepEventAttributes,
            caseAttributes: options.keepCaseAttributes,
          },
        }
      : {}),
  }).then((opened) => opened.stream);
}
