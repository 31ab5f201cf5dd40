import { rm } from 'node:fs/promises';
import type { Tenant } from '../auth/context.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { ImportCancelled } from './import/bulk-writer.ts';
import { runImport } from './import/run.ts';
import { beat, HEARTBEAT_MS, releaseJob } from './job-lease.ts';
import { type ImportError, ImportFailure, type ImportOptions, type ImportProgress } from './model.ts';
import { EventLogParseError } from './parse/index.ts';
import { setStatus } from './repository.ts';

/** A running upload or import in this server process. */
export interface LiveJob {
  controller: AbortController;
  progress: ImportProgress;
  /** Settles when the job has stopped and its status is stored. */
  done: Promise<void>;
  /** The database the job writes to, so one app's shutdown stops only its own. */
  owner: DatabaseHandle;
  tenant: Tenant;
}

/**
 * Upload and import jobs of this process, by log id. The log row holds the lasting state and, on
 * PostgreSQL, the job's owner, heartbeat and progress (job-lease.ts), so that with several server
 * processes any of them can show progress, pass on a cancel, and tell a dead process's job from a
 * live one. This registry adds the parts that cannot leave the process: the abort controller and
 * the promise that settles when the job has stopped.
 */
const live = new Map<string, LiveJob>();
let heartbeat: NodeJS.Timeout | undefined;

/**
 * While jobs run on PostgreSQL, says every HEARTBEAT_MS that this process is alive and stores their
 * progress; a job whose log was cancelled (through any process) or taken from it is aborted. PGlite
 * is one process by construction: nobody else needs to hear from it.
 */
function keepBeating(): void {
  if (heartbeat) return;
  const tick = async () => {
    const jobs = [...live.entries()].filter(([, job]) => job.owner.kind === 'postgres');
    await Promise.all(
      jobs.map(async ([id, job]) => {
        try {
          const status = await beat(job.owner.db, job.tenant, id, job.progress);
          if (status === undefined || status === 'cancelled') job.controller.abort();
        } catch {
          // A failed heartbeat is retried on the next tick; the lease allows several misses.
        }
      }),
    );
    heartbeat = live.size > 0 ? setTimeout(() => void tick(), HEARTBEAT_MS).unref() : undefined;
  };
  heartbeat = setTimeout(() => void tick(), HEARTBEAT_MS).unref();
}

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

/**
 * Registers a job (already claimed in the database, see `claimJob`) for the upload phase; `done`
 * resolves when `finish` has given the claim back.
 */
export function trackJob(
  owner: DatabaseHandle,
  tenant: Tenant,
  logId: string,
  totalBytes: number,
): LiveJob & { finish: () => Promise<void> } {
  let finish = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const job = {
    controller: new AbortController(),
    progress: { phase: 'uploading' as const, bytesRead: 0, totalBytes, events: 0, cases: 0, stored: 0 },
    done,
    owner,
    tenant,
    finish: async () => {
      // Released before it leaves the registry: whoever sees no live job sees no claim either.
      await releaseJob(owner.db, tenant, logId).catch((error: unknown) =>
        console.error('eventlog job: could not release', error),
      );
      live.delete(logId);
      finish();
    },
  };
  live.set(logId, job);
  keepBeating();
  return job;
}

/** Runs the import in the background and stores how it ended; the upload's file is then removed. */
export function startImport(
  handle: DatabaseHandle,
  tenant: Tenant,
  logId: string,
  job: LiveJob & { finish: () => Promise<void> },
  input: { file: string; options: ImportOptions; secret: string },
): void {
  job.progress.phase = 'parsing';
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
      await job.finish();
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
