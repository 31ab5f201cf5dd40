import { rm } from 'node:fs/promises';
import type { Tenant } from '../auth/context.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { ImportCancelled } from './import/bulk-writer.ts';
import { runImport } from './import/run.ts';
import { type ImportError, ImportFailure, type ImportOptions, type ImportProgress } from './model.ts';
import { EventLogParseError } from './parse/index.ts';
import { setStatus } from './repository.ts';

/** A running upload or import in this server process. */
export interface LiveJob {
  controller: AbortController;
  progress: ImportProgress;
  /** Settles when the job has stopped and its status is stored. */
  done: Promise<void>;
  /** The database an import writes to (set when it starts), so one app's shutdown stops only its own. */
  owner?: DatabaseHandle;
}

/**
 * Upload and import jobs of this process, by log id. The log row holds the lasting state; this
 * registry adds live progress and cancellation. A row still `uploading`/`importing` without a
 * live job was interrupted (server restart) and is reported as failed. One server process is
 * assumed; several processes behind a balancer would need the job state in the database.
 */
const live = new Map<string, LiveJob>();

/** The reason an import is aborted when its server shuts down: not the user's cancel. */
export class ServerStopping extends Error {}

/** What a log says when its import was stopped by a shutdown (the same as after a crash). */
export const INTERRUPTED: ImportError = {
  code: 'INTERRUPTED',
  params: {},
  message: 'The server stopped during the import',
};

/**
 * Stops the imports writing to `handle` and waits until each has rolled back and stored its
 * outcome (failed, INTERRUPTED), so the database can be closed after it. Called when the app closes.
 */
export async function stopImports(handle: DatabaseHandle): Promise<void> {
  const mine = [...live.values()].filter((job) => job.owner === handle);
  for (const job of mine) job.controller.abort(new ServerStopping());
  await Promise.all(mine.map((job) => job.done));
}

/** The live job of a log, if any. */
export function liveJob(logId: string): LiveJob | undefined {
  return live.get(logId);
}

/** Registers a job for the upload phase; `done` resolves when `finish` is called. */
export function trackJob(logId: string, totalBytes: number): LiveJob & { finish: () => void } {
  let finish = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const job = {
    controller: new AbortController(),
    progress: { phase: 'uploading' as const, bytesRead: 0, totalBytes, events: 0, cases: 0, stored: 0 },
    done,
    finish: () => {
      live.delete(logId);
      finish();
    },
  };
  live.set(logId, job);
  return job;
}

/** Runs the import in the background and stores how it ended; the upload's file is then removed. */
export function startImport(
  handle: DatabaseHandle,
  tenant: Tenant,
  logId: string,
  job: LiveJob & { finish: () => void },
  input: { file: string; options: ImportOptions; secret: string },
): void {
  job.progress.phase = 'parsing';
  job.owner = handle;
  const run = runImport({
    handle,
    tenant,
    logId,
    ...input,
    signal: job.controller.signal,
    progress: job.progress,
  });
  run
    .catch(async (error: unknown) => {
      if (job.controller.signal.reason instanceof ServerStopping) {
        await setStatus(handle.db, tenant, logId, 'failed', { error: INTERRUPTED, from: ['importing'] });
      } else if (error instanceof ImportCancelled || job.controller.signal.aborted) {
        await setStatus(handle.db, tenant, logId, 'cancelled', { from: ['importing', 'uploading'] });
      } else {
        await setStatus(handle.db, tenant, logId, 'failed', {
          error: toImportError(error),
          from: ['importing'],
        });
      }
    })
    .catch((error: unknown) => console.error('eventlog import: could not store the outcome', error))
    .finally(async () => {
      await rm(input.file, { force: true });
      job.finish();
    });
}

/** The stored, translatable form of whatever stopped an import. */
export function toImportError(error: unknown): ImportError {
  if (error instanceof ImportFailure) return error.error;
  if (error instanceof EventLogParseError) {
    return {
      code: error.code,
      ...(error.line === undefined ? {} : { line: error.line }),
      ...(error.column === undefined ? {} : { column: error.column }),
      ...(error.byte === undefined ? {} : { byte: error.byte }),
      params: error.params,
      message: error.message,
    };
  }
  console.error('eventlog import failed', error);
  return { code: 'INTERNAL', params: {}, message: 'Unexpected error during the import' };
}
