import { rm } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import type { CreateLogInput } from '../../shared/api/eventlog.ts';
import { recordAudit } from '../audit/repository.ts';
import type { AuthContext, Tenant } from '../auth/context.ts';
import type { DatabaseHandle } from '../db/database.ts';
import type { Database } from '../db/types.ts';
import { AppError, notFound } from '../http/app-error.ts';
import { forgetReports } from './analysis/report-cache.ts';
import { newSecret } from './import/privacy.ts';
import { spoolUpload, uploadPath } from './import/upload.ts';
import { claimJob, failOrphanedImport, HEARTBEAT_MS, heldElsewhere, LEASE_SECONDS } from './job-lease.ts';
import { INTERRUPTED, liveJob, startImport, toImportError, trackJob } from './jobs.ts';
import type { ImportOptions, ImportStatus } from './model.ts';
import * as repo from './repository.ts';

type Db = Kysely<Database>;

/** Step 1 of an import: the log row with the analyst's choices, waiting for its file. */
export async function createLog(db: Db, auth: AuthContext, input: CreateLogInput) {
  // The case id is stored only as a pseudonym: never as a kept attribute as well.
  const caseIdKeys = new Set(['concept:name', input.csv?.caseId]);
  const options: ImportOptions = {
    csv: input.csv,
    keepCaseAttributes: input.keepCaseAttributes.filter((k) => !caseIdKeys.has(k)),
    keepEventAttributes: input.keepEventAttributes.filter((k) => !caseIdKeys.has(k)),
    pseudonymiseResources: input.pseudonymiseResources,
    skipBadRows: input.skipBadRows,
  };
  const row = await repo.insertLog(db, auth, {
    name: input.name,
    format: input.format,
    options,
    createdBy: auth.userId,
  });
  await recordAudit(
    db,
    auth,
    auth.userId,
    'eventlog.create',
    { type: 'eventlog', id: row.id },
    { name: row.name },
  );
  return row;
}

/** A log; one left `importing` by a stopped or dead server process is marked failed (INTERRUPTED). */
export async function getLog(db: Db, auth: AuthContext, id: string) {
  const row = await repo.findLog(db, auth, id);
  if (!row) throw notFound();
  if (row.status === 'importing' && (await markInterrupted(db, auth, id))) {
    return (await repo.findLog(db, auth, id)) ?? row;
  }
  return row;
}

/**
 * Marks an import failed (INTERRUPTED) when no live process runs it: not this one, and no other whose
 * heartbeat is fresh (or, when `sole`, no other at all); true if it did.
 */
function markInterrupted(db: Db, tenant: Tenant, id: string, sole = false): Promise<boolean> {
  if (liveJob(id)) return Promise.resolve(false);
  return failOrphanedImport(db, tenant, id, INTERRUPTED, sole);
}

/**
 * Marks the imports recorded as running whose process died, so the log list says "interrupted"
 * instead of "importing" until someone opens the log. `sole`: this is the only server process and
 * it is starting, so every recorded import lost its job (a crash or kill ended the last process);
 * otherwise only jobs whose lease ran out. Returns how many were marked.
 */
export async function markInterruptedImports(db: Db, sole = true): Promise<number> {
  let marked = 0;
  for (const row of await repo.runningImports(db)) {
    if (await markInterrupted(db, { municipalityId: row.municipality_id }, row.id, sole)) marked += 1;
  }
  return marked;
}

/**
 * Step 2: streams the uploaded file to a temporary file, then starts the import in the background
 * and answers at once; the client polls the log for progress.
 */
export async function receiveFile(
  handle: DatabaseHandle,
  auth: AuthContext,
  id: string,
  body: AsyncIterable<Uint8Array>,
) {
  const db = handle.db;
  const row = await repo.findLog(db, auth, id);
  if (!row) throw notFound();
  // A failed import (also one a crash interrupted) rolled back everything: its file may come again.
  const from: ImportStatus[] = ['uploading', 'failed'];
  // The claim is the one check that holds across server processes: another may be receiving it.
  if (!from.includes(row.status) || liveJob(id) || !(await claimJob(db, auth, id, from)))
    throw new AppError('eventlog_state', { status: row.status });
  const job = trackJob(handle, auth, id, 0);
  const file = uploadPath(id);
  let bytes: number;
  try {
    bytes = await spoolUpload(
      body,
      file,
      (b) => {
        job.progress.bytesRead = b;
      },
      job.controller.signal,
    );
  } catch (error) {
    await repo.setStatus(db, auth, id, 'failed', { error: toImportError(error), from });
    await job.finish();
    return getLog(db, auth, id);
  }
  if (!(await repo.setStatus(db, auth, id, 'importing', { bytes, error: null, from }))) {
    // Cancelled just as the last bytes arrived: the spooled file will never be imported.
    await rm(file, { force: true });
    await job.finish();
    return getLog(db, auth, id);
  }
  const secret = await repo.pseudonymSecret(db, auth, newSecret());
  Object.assign(job.progress, { totalBytes: bytes, bytesRead: 0 });
  startImport(handle, auth, id, job, { file, options: row.options, secret });
  return getLog(db, auth, id);
}

/** Stops an upload or import; nothing of it is kept. */
export async function cancelImport(db: Db, auth: AuthContext, id: string) {
  const row = await getLog(db, auth, id);
  if (row.status !== 'uploading' && row.status !== 'importing') {
    throw new AppError('eventlog_state', { status: row.status });
  }
  await repo.setStatus(db, auth, id, 'cancelled', { from: ['uploading', 'importing'] });
  liveJob(id)?.controller.abort();
  await recordAudit(db, auth, auth.userId, 'eventlog.cancel', { type: 'eventlog', id }, { name: row.name });
  return getLog(db, auth, id);
}

/** Deletes a log with all its cases and events (a running import is cancelled first). */
export async function deleteLog(db: Db, auth: AuthContext, id: string): Promise<void> {
  const row = await repo.findLog(db, auth, id);
  if (!row) throw notFound();
  const job = liveJob(id);
  if (job) {
    await repo.setStatus(db, auth, id, 'cancelled', { from: ['uploading', 'importing'] });
    job.controller.abort();
    await job.done;
  } else if (await heldElsewhere(db, auth, id)) {
    // Another server process runs the job: it hears of the cancel at its next heartbeat, rolls
    // back and lets go; wait for that (or for its lease to run out, if it dies meanwhile).
    await repo.setStatus(db, auth, id, 'cancelled', { from: ['uploading', 'importing'] });
    const until = Date.now() + LEASE_SECONDS * 1000 + HEARTBEAT_MS;
    while ((await heldElsewhere(db, auth, id)) && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, HEARTBEAT_MS / 4));
    }
  }
  await repo.deleteLog(db, auth, id);
  forgetReports(id);
  await recordAudit(db, auth, auth.userId, 'eventlog.delete', { type: 'eventlog', id }, { name: row.name });
}
