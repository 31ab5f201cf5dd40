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

/** A log; one left `importing` by a stopped server is marked failed (INTERRUPTED). */
export async function getLog(db: Db, auth: AuthContext, id: string) {
  const row = await repo.findLog(db, auth, id);
  if (!row) throw notFound();
  if (row.status === 'importing' && (await markInterrupted(db, auth, id))) {
    return (await repo.findLog(db, auth, id)) ?? row;
  }
  return row;
}

/** Marks an import failed (INTERRUPTED) when no job of this process runs it; true if it did. */
function markInterrupted(db: Db, tenant: Tenant, id: string): Promise<boolean> {
  if (liveJob(id)) return Promise.resolve(false);
  return repo.setStatus(db, tenant, id, 'failed', { error: INTERRUPTED, from: ['importing'] });
}

/**
 * At start-up: every import recorded as running has lost its job (a crash or kill ended the last
 * process), so the log list says "interrupted" at once instead of "importing" until someone opens it.
 * Returns how many were marked.
 */
export async function markInterruptedImports(db: Db): Promise<number> {
  let marked = 0;
  for (const row of await repo.runningImports(db)) {
    if (await markInterrupted(db, { municipalityId: row.municipality_id }, row.id)) marked += 1;
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
  if (!from.includes(row.status) || liveJob(id)) throw new AppError('eventlog_state', { status: row.status });
  const job = trackJob(id, 0);
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
    job.finish();
    await repo.setStatus(db, auth, id, 'failed', { error: toImportError(error), from });
    return getLog(db, auth, id);
  }
  if (!(await repo.setStatus(db, auth, id, 'importing', { bytes, error: null, from }))) {
    // Cancelled just as the last bytes arrived: the spooled file will never be imported.
    await rm(file, { force: true });
    job.finish();
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
  }
  await repo.deleteLog(db, auth, id);
  forgetReports(id);
  await recordAudit(db, auth, auth.userId, 'eventlog.delete', { type: 'eventlog', id }, { name: row.name });
}
