import { type Kysely, sql } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';

type Db = Kysely<Database>;

/**
 * The dashboard's roll-up queue is written by whoever stores responses, in the same transaction
 * (migration 0011 removed the statement triggers that did it: Citus does not run triggers on
 * distributed tables, docs/SCALING.md). A response in `dashboard_pending` is read raw by the
 * dashboard until the roll-up job (every 5 s) moves it into `dashboard_rollup`, so it counts at once
 * and exactly once.
 *
 * Set-based writers put the queue into their own statement as one more data-modifying CTE:
 *   `q as (insert into dashboard_pending (municipality_id, response_id) select municipality_id, id from r)`
 * where `r` is the CTE that inserted the responses (`returning municipality_id, id`).
 */
export async function enqueueResponses(db: Db, tenant: Tenant, responseIds: readonly number[]) {
  if (responseIds.length === 0) return;
  await db
    .insertInto('dashboard_pending')
    .values(responseIds.map((id) => ({ municipality_id: tenant.municipalityId, response_id: id })))
    .onConflict((c) => c.doNothing())
    .execute();
}

/**
 * Recomputes one survey's roll-up from its responses: every correction or erasure of stored responses
 * or answers calls it in its own transaction (the app has none today; the dashboard test erases).
 */
export async function rebuildSurveyRollup(db: Db, tenant: Tenant, surveyId: string) {
  await sql`select dashboard_rebuild(${tenant.municipalityId}::uuid, ${surveyId}::uuid)`.execute(db);
}
