import { type Kysely, sql } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import type { AnswerCount } from '../journeys/experience-repository.ts';

type Db = Kysely<Database>;

/** Calendar buckets the counts are grouped by: UTC months ("2026-01") or UTC days ("2026-01-31"). */
export type Bucket = 'month' | 'day';
const bucketOf = (bucket: Bucket) =>
  bucket === 'month'
    ? sql<string>`to_char(r.submitted_hour at time zone 'UTC', 'YYYY-MM')`
    : sql<string>`to_char(r.submitted_hour at time zone 'UTC', 'YYYY-MM-DD')`;

/** Answer counts per touchpoint and UTC month or day in [from, to), aggregated in SQL. */
export async function answerCounts(
  db: Db,
  tenant: Tenant,
  journeyId: string,
  from: Date,
  to: Date,
  bucket: Bucket,
) {
  const month = bucketOf(bucket);
  const rows = await db
    .selectFrom('survey as s')
    .innerJoin('survey_response as r', (j) =>
      j.onRef('r.municipality_id', '=', 's.municipality_id').onRef('r.survey_id', '=', 's.id'),
    )
    .innerJoin('survey_answer as a', (j) =>
      j.onRef('a.municipality_id', '=', 'r.municipality_id').onRef('a.response_id', '=', 'r.id'),
    )
    .select([
      's.touchpoint_id',
      month.as('month'),
      sql<string | null>`s.definition->>'scaleId'`.as('scale_id'),
      'a.item_id',
      'a.value',
      (eb) => eb.fn.countAll<string>().as('n'),
    ])
    .where('s.municipality_id', '=', tenant.municipalityId)
    .where('s.journey_id', '=', journeyId)
    .where('s.touchpoint_id', 'is not', null)
    .where('r.submitted_hour', '>=', from)
    .where('r.submitted_hour', '<', to)
    .where('a.dont_know', '=', false)
    .where('a.value', 'is not', null)
    .groupBy(['s.touchpoint_id', month, sql`s.definition->>'scaleId'`, 'a.item_id', 'a.value'])
    .execute();
  return rows.map((row) => ({
    month: row.month,
    count: {
      touchpointId: row.touchpoint_id ?? '',
      scaleId: row.scale_id,
      itemId: row.item_id,
      value: Number(row.value),
      count: Number(row.n),
    } satisfies AnswerCount,
  }));
}

/** Responses per touchpoint and UTC month or day in [from, to) (a respondent counts once). */
export async function responseCounts(
  db: Db,
  tenant: Tenant,
  journeyId: string,
  from: Date,
  to: Date,
  bucket: Bucket,
) {
  const month = bucketOf(bucket);
  const rows = await db
    .selectFrom('survey as s')
    .innerJoin('survey_response as r', (j) =>
      j.onRef('r.municipality_id', '=', 's.municipality_id').onRef('r.survey_id', '=', 's.id'),
    )
    .select(['s.touchpoint_id', month.as('month'), (eb) => eb.fn.countAll<string>().as('n')])
    .where('s.municipality_id', '=', tenant.municipalityId)
    .where('s.journey_id', '=', journeyId)
    .where('s.touchpoint_id', 'is not', null)
    .where('r.submitted_hour', '>=', from)
    .where('r.submitted_hour', '<', to)
    .groupBy(['s.touchpoint_id', month])
    .execute();
  return rows.map((r) => ({ touchpointId: r.touchpoint_id ?? '', month: r.month, n: Number(r.n) }));
}

/** The alert state of a journey's touchpoints. */
export function alertStates(db: Db, tenant: Tenant, journeyId: string) {
  return db
    .selectFrom('journey_touchpoint_alert')
    .selectAll()
    .where('municipality_id', '=', tenant.municipalityId)
    .where('journey_id', '=', journeyId)
    .execute();
}

/** Records a check of one touchpoint; `fired_at` is set when it starts firing, kept while it fires. */
export async function recordAlert(
  db: Db,
  tenant: Tenant,
  journeyId: string,
  stepId: string,
  firing: boolean,
  facts: Record<string, number | null>,
  now: Date,
) {
  await db
    .insertInto('journey_touchpoint_alert')
    .values({
      municipality_id: tenant.municipalityId,
      journey_id: journeyId,
      step_id: stepId,
      firing,
      checked_at: now,
      fired_at: firing ? now : null,
      facts: JSON.stringify(facts),
    })
    .onConflict((c) =>
      c.columns(['municipality_id', 'journey_id', 'step_id']).doUpdateSet((eb) => ({
        firing,
        checked_at: now,
        facts: JSON.stringify(facts),
        fired_at: firing
          ? eb.fn.coalesce(
              sql<Date | null>`case when journey_touchpoint_alert.firing then journey_touchpoint_alert.fired_at end`,
              sql<Date>`${now}`,
            )
          : null,
      })),
    )
    .execute();
}

/** Notes that the alerts of a mapped version were checked at `now`, whether or not any was recorded. */
export async function markAlertsChecked(
  db: Db,
  tenant: Tenant,
  journeyId: string,
  version: number,
  now: Date,
) {
  await db
    .updateTable('journey_log_mapping')
    .set({ alerts_checked_at: now })
    .where('municipality_id', '=', tenant.municipalityId)
    .where('journey_id', '=', journeyId)
    .where('version', '=', version)
    .execute();
}

/**
 * Mappings whose alerts are stale, the longest unchecked first: never checked, mapped since the last
 * check, or with survey responses on one of the journey's touchpoints that the last check may not
 * have seen. Responses are stored to the hour, so one of a later hour than the check is new, and one
 * of the check's own hour is read once more when that hour is over (not on every tick within it).
 * Only each journey's newest mapped version is checked.
 */
export async function staleMappings(db: Db, limit: number, now = new Date()) {
  const result = await sql<{ municipality_id: string; journey_id: string; version: number }>`
    select m.municipality_id, m.journey_id, m.version
    from journey_log_mapping m
    where m.version = (select max(m2.version) from journey_log_mapping m2
                       where m2.municipality_id = m.municipality_id and m2.journey_id = m.journey_id)
      and (m.alerts_checked_at is null or m.updated_at > m.alerts_checked_at or exists (
        select 1 from survey s join survey_response r
          on r.municipality_id = s.municipality_id and r.survey_id = s.id
        where s.municipality_id = m.municipality_id and s.journey_id = m.journey_id
          and s.touchpoint_id is not null
          and (r.submitted_hour > date_trunc('hour', m.alerts_checked_at)
               or (r.submitted_hour = date_trunc('hour', m.alerts_checked_at)
                   and m.alerts_checked_at < date_trunc('hour', ${now}::timestamptz)))))
    order by m.alerts_checked_at asc nulls first, m.municipality_id, m.journey_id
    limit ${limit}`.execute(db);
  return result.rows;
}
