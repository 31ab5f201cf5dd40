import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Tenant } from '../../auth/context.ts';
import type { Database } from '../../db/types.ts';

/**
 * The webhook outbox is written by the writers of the changes it reports, in the statement that makes
 * the change: migration 0024 dropped the row triggers of 0014, because Citus does not run triggers on
 * distributed tables (docs/SCALING.md). A writer returns the changed rows from a data-modifying CTE and
 * adds one more CTE, `outbox as (${webhookEvents(…)})` or `ticks as (${responseTicks(…)})`, so an
 * event exists exactly when its change is committed, as it did with the triggers.
 */

/** What the outbox CTEs return: nothing (they are written, not read). */
type Written = Record<string, never>;

/** `= $1` for one municipality, `= any($1)` for a batch spanning several. */
const tenantIs = (m: string | readonly string[]) =>
  typeof m === 'string' ? sql`= ${m}::uuid` : sql`= any(${m}::uuid[])`;

/**
 * The outbox insert for the rows of the CTE `rows` (aliased `x` in `type`, `payload` and `when`): one
 * event per row that matches `when`, its id shared by every active subscription of the row's
 * municipality to the event's type, in row order and then subscription order — what `webhook_emit`
 * (migration 0014) writes for one event. Payloads carry ids, counts and codes only, never free text.
 */
export function webhookEvents(o: {
  municipalityId: string | readonly string[];
  rows: string;
  type: RawBuilder<string>;
  payload: RawBuilder<unknown>;
  when?: RawBuilder<boolean>;
}): RawBuilder<Written> {
  return sql<Written>`insert into webhook_delivery (municipality_id, subscription_id, event_id, event_type, payload)
    select e.municipality_id, s.id, e.event_id, e.event_type, e.payload
    from (
      select x.municipality_id, gen_random_uuid() as event_id, (${o.type})::text as event_type,
        (${o.payload})::jsonb as payload, row_number() over () as n
      from ${sql.table(o.rows)} x where ${o.when ?? sql`true`}
    ) e
    join webhook_subscription s on s.municipality_id = e.municipality_id and s.active
      and e.event_type = any (s.events)
    where s.municipality_id ${tenantIs(o.municipalityId)}
    order by e.n, s.id`;
}

/**
 * The count of new survey responses in the CTE `rows` (with `municipality_id` and `survey_id`), per
 * survey, for municipalities subscribed to `response.received`; the worker turns the counts into events
 * (./response-ticks.ts).
 */
export function responseTicks(rows: string, municipalityId: string | readonly string[]): RawBuilder<Written> {
  return sql<Written>`insert into webhook_response_tick (municipality_id, survey_id, n)
    select x.municipality_id, x.survey_id, count(*) from ${sql.table(rows)} x
    where exists (select 1 from webhook_subscription s where s.municipality_id ${tenantIs(municipalityId)}
      and s.municipality_id = x.municipality_id and s.active and 'response.received' = any (s.events))
    group by x.municipality_id, x.survey_id`;
}

/**
 * `responseTicks` for writers that store responses one statement each (the demo seeds, test fixtures):
 * called with the stored ids in the transaction that stored them, beside the dashboard's queue.
 */
export async function tickStoredResponses(
  db: Kysely<Database>,
  tenant: Tenant,
  responseIds: readonly number[],
) {
  if (responseIds.length === 0) return;
  const m = tenant.municipalityId;
  await sql`with stored as (
      select municipality_id, survey_id from survey_response where municipality_id = ${m} and id = any(${responseIds}::bigint[])
    ) ${responseTicks('stored', m)}`.execute(db);
}
