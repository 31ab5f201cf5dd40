import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import type { ImportError, ImportProgress, ImportStatus } from './model.ts';
import { OUTCOME_COLUMNS, outcomeEvents } from './outcome-events.ts';

type Db = Kysely<Database>;

/** This process's name in `eventlog.job_owner`: new at every start, so a restarted process owns nothing. */
export const PROCESS_ID = randomUUID();
/** How often a process running jobs says so (and stores their progress). */
export const HEARTBEAT_MS = 2_000;
/** A job whose process has not said it is alive for this long is taken as dead (a crash or kill -9). */
export const LEASE_SECONDS = 15;

/** The job of a log is no longer anybody's: no owner, or this process (which has no live job), or a stale lease. */
const orphaned = sql<boolean>`(job_owner is null or job_owner = ${PROCESS_ID}
  or job_heartbeat < now() - make_interval(secs => ${LEASE_SECONDS}))`;

/**
 * Takes a log's job for this process if its status allows it and no live process holds it; false when
 * another process is uploading or importing it. One statement, so two processes cannot both win.
 */
export async function claimJob(db: Db, tenant: Tenant, id: string, from: ImportStatus[]): Promise<boolean> {
  const row = await db
    .updateTable('eventlog')
    .set({ job_owner: PROCESS_ID, job_heartbeat: sql`now()`, job_progress: null })
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .where('status', 'in', from)
    .where(orphaned)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Gives the job back when it has stopped (its outcome is stored by then). */
export async function releaseJob(db: Db, tenant: Tenant, id: string): Promise<void> {
  await db
    .updateTable('eventlog')
    .set({ job_owner: null, job_heartbeat: null, job_progress: null })
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .where('job_owner', '=', PROCESS_ID)
    .execute();
}

/**
 * Says this process still runs the job and stores its progress; returns the log's status, so a
 * cancel made through another process reaches the job (undefined: the log is gone or was taken).
 */
export async function beat(
  db: Db,
  tenant: Tenant,
  id: string,
  progress: ImportProgress,
): Promise<ImportStatus | undefined> {
  const row = await db
    .updateTable('eventlog')
    .set({ job_heartbeat: sql`now()`, job_progress: JSON.stringify(progress) })
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .where('job_owner', '=', PROCESS_ID)
    .returning('status')
    .executeTakeFirst();
  return row?.status;
}

/**
 * Marks an import failed with `error` when its job is orphaned (see above), or unconditionally when
 * `sole` (this is the only process, at start-up: every recorded job died with the last one).
 */
export async function failOrphanedImport(
  db: Db,
  tenant: Tenant,
  id: string,
  error: ImportError,
  sole: boolean,
): Promise<boolean> {
  const rows = await db
    .with('upd', (qb) => {
      let q = qb
        .updateTable('eventlog')
        .set({
          status: 'failed',
          error: JSON.stringify(error),
          finished_at: new Date(),
          job_owner: null,
          job_heartbeat: null,
          job_progress: null,
        })
        .where('municipality_id', '=', tenant.municipalityId)
        .where('id', '=', id)
        .where('status', '=', 'importing');
      if (!sole) q = q.where(orphaned);
      return q.returning(OUTCOME_COLUMNS);
    })
    .with('outbox', () => sql`(${outcomeEvents(tenant.municipalityId, 'upd')})`)
    .selectFrom('upd')
    .select('id')
    .execute();
  return rows.length > 0;
}

/** True while another live process holds the log's job. */
export async function heldElsewhere(db: Db, tenant: Tenant, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('eventlog')
    .select(sql<boolean>`not ${orphaned}`.as('held'))
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.held === true;
}
