import { type CompiledQuery, type Kysely, sql } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import type { ImportError, ImportOptions, ImportStatus, StoredNote, StoredSkippedRow } from './model.ts';
import { OUTCOME_COLUMNS, outcomeEvents } from './outcome-events.ts';

type Db = Kysely<Database>;

/** Logs of the municipality, newest first. */
export function listLogs(db: Db, tenant: Tenant) {
  return db
    .selectFrom('eventlog')
    .selectAll()
    .where('municipality_id', '=', tenant.municipalityId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export function findLog(db: Db, tenant: Tenant, id: string) {
  return db
    .selectFrom('eventlog')
    .selectAll()
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * Logs of every municipality whose import is recorded as running. Used once at start-up, before any
 * import of this process can run, to find imports a crash interrupted: the one statement that spans
 * tenants, because a restart belongs to no municipality (each row is then updated within its own).
 */
export function runningImports(db: Db) {
  return db
    .selectFrom('eventlog')
    .select(['municipality_id', 'id'])
    .where('status', '=', 'importing')
    .execute();
}

/** A new log in status `uploading`. */
export function insertLog(
  db: Db,
  tenant: Tenant,
  values: { name: string; format: 'xes' | 'csv'; options: ImportOptions; createdBy: string },
) {
  return db
    .insertInto('eventlog')
    .values({
      municipality_id: tenant.municipalityId,
      name: values.name,
      format: values.format,
      status: 'uploading',
      options: JSON.stringify(values.options),
      created_by: values.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Moves a log to another status, optionally only from the given ones; false when it did not move. A
 * move to `ready` or `failed` from another status writes its webhook event in the same statement.
 */
export async function setStatus(
  db: Db,
  tenant: Tenant,
  id: string,
  status: ImportStatus,
  patch: { bytes?: number; error?: ImportError | null; from?: ImportStatus[] } = {},
): Promise<boolean> {
  const m = tenant.municipalityId;
  const rows = await db
    .with('prev', (qb) =>
      qb
        .selectFrom('eventlog')
        .select(['id', 'status'])
        .where('municipality_id', '=', m)
        .where('id', '=', id)
        .forUpdate(),
    )
    .with('upd', (qb) => {
      let q = qb
        .updateTable('eventlog')
        .from('prev')
        .set({
          status,
          ...(patch.bytes === undefined ? {} : { bytes: patch.bytes }),
          ...(patch.error === undefined ? {} : { error: patch.error ? JSON.stringify(patch.error) : null }),
          ...(status === 'failed' || status === 'cancelled' ? { finished_at: new Date() } : {}),
        })
        .where('eventlog.municipality_id', '=', m)
        .whereRef('eventlog.id', '=', 'prev.id');
      if (patch.from) q = q.where('eventlog.status', 'in', patch.from);
      return q.returning([...OUTCOME_COLUMNS, 'prev.status as old_status']);
    })
    .with('outbox', () => sql`(${outcomeEvents(m, 'upd', true)})`)
    .selectFrom('upd')
    .select('id')
    .execute();
  return rows.length > 0;
}

/**
 * The statement that marks an import done and writes its `eventlog.ready` event. Compiled, not
 * executed: the bulk writers run it on their own connection, inside the transaction that holds the
 * events; it returns the log's id when it moved the log (none: the import was cancelled).
 */
export function readyStatement(
  db: Db,
  tenant: Tenant,
  id: string,
  totals: {
    events: number;
    cases: number;
    notes: StoredNote[];
    skippedTotal: number;
    skipped: StoredSkippedRow[];
  },
): CompiledQuery {
  return db
    .with('upd', (qb) =>
      qb
        .updateTable('eventlog')
        .set({
          status: 'ready',
          events: totals.events,
          cases: totals.cases,
          notes: JSON.stringify(totals.notes),
          skipped_total: totals.skippedTotal,
          skipped: JSON.stringify(totals.skipped),
          finished_at: new Date(),
        })
        .where('municipality_id', '=', tenant.municipalityId)
        .where('id', '=', id)
        .where('status', '=', 'importing')
        .returning(OUTCOME_COLUMNS),
    )
    .with('outbox', () => sql`(${outcomeEvents(tenant.municipalityId, 'upd')})`)
    .selectFrom('upd')
    .select('id')
    .compile();
}

/**
 * Deletes a log with its cases and events in one transaction. Cases go by their foreign key's
 * cascade; events have no key (migration 0009) and no trigger any more (0011: Citus does not run
 * triggers on distributed tables), so they are deleted here, by the full shard key.
 */
export async function deleteLog(db: Db, tenant: Tenant, id: string): Promise<void> {
  const run = async (tx: Db) => {
    await tx
      .deleteFrom('eventlog_event')
      .where('municipality_id', '=', tenant.municipalityId)
      .where('log_id', '=', id)
      .execute();
    await tx
      .deleteFrom('eventlog')
      .where('municipality_id', '=', tenant.municipalityId)
      .where('id', '=', id)
      .execute();
  };
  if (db.isTransaction) await run(db);
  else await db.transaction().execute(run);
}

/** The municipality's pseudonym key, created on first use. */
export async function pseudonymSecret(db: Db, tenant: Tenant, fresh: string): Promise<string> {
  await db
    .insertInto('eventlog_secret')
    .values({ municipality_id: tenant.municipalityId, secret: fresh })
    .onConflict((oc) => oc.column('municipality_id').doNothing())
    .execute();
  const row = await db
    .selectFrom('eventlog_secret')
    .select('secret')
    .where('municipality_id', '=', tenant.municipalityId)
    .executeTakeFirstOrThrow();
  return row.secret;
}
