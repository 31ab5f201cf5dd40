import type { LogDtoType } from '../../shared/api/eventlog.ts';
import { liveJob } from './jobs.ts';
import type { EventLogRow } from './tables.ts';

/**
 * The API's view of a log, with live progress while its job runs: this process's own figures, or
 * what the process running it stored at its last heartbeat.
 */
export function presentLog(row: EventLogRow): LogDtoType {
  const job = liveJob(row.id);
  return {
    id: row.id,
    name: row.name,
    format: row.format,
    status: row.status,
    bytes: Number(row.bytes),
    events: Number(row.events),
    cases: Number(row.cases),
    error: row.error,
    notes: row.notes,
    skippedTotal: row.skipped_total,
    pseudonymisedResources: row.options.pseudonymiseResources,
    keptAttributes: { case: row.options.keepCaseAttributes, event: row.options.keepEventAttributes },
    progress: job
      ? { ...job.progress }
      : row.status === 'uploading' || row.status === 'importing'
        ? (row.job_progress ?? null)
        : null,
    createdAt: row.created_at.toISOString(),
    finishedAt: row.finished_at ? row.finished_at.toISOString() : null,
  };
}
