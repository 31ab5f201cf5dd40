import { type Kysely, sql } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import type { AnswerCount } from '../journeys/experience-repository.ts';

type Db = Kysely<Database>;

/** Answer counts per touchpoint and UTC month ("2026-01") in [from, to), aggregated in SQL. */
export async function monthlyAnswerCounts(db: Db, tenant: Tenant, journeyId: string, from: Date, to: Date) {
  const month = sql<string>`to_char(date_trunc('month', r.submitted_hour at time zone 'UTC'), 'YYYY-MM')`;
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

/** Responses per touchpoint and UTC month in [from, to) (a respondent counts once). */
export async function monthlyResponseCounts(db: Db, tenant: Tenant, journeyId: string, from: Date, to: Date) {
  const month = sql<string>`to_char(date_trunc('month', r.submitted_hour at time zone 'UTC'), 'YYYY-MM')`;
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

/**
 * Mappings whose alerts are stale: never checked, mapped since the last check, or with survey
 * responses on one of the journey's touchpoints submitted in or after the hour of the last check
 * (responses are stored to the hour). Only each journey's newest mapped version is checked.
 */
export async function staleMappings(db: Db, limit: number) {
  const result = await sql<{ municipality_id: string; journey_id: string; version: number }>`
    select m.municipality_id, m.journey_id, m.version
    from journey_log_mapping m
    left join lateral (
      select max(a.checked_at) as checked_at from journey_touchpoint_alert a
      where a.municipality_id = m.municipality_id and a.journey_id = m.journey_id
    ) c on true
    where m.version = (select max(m2.version) from journey_log_mapping m2
                       where m2.municipality_id = m.municipality_id and m2.journey_id = m.journey_id)
      and (c.checked_at is null or m.updated_at > c.checked_at or exists (
        select 1 from survey s join survey_response r
          on r.municipality_id = s.municipality_id and r.survey_id = s.id
        where s.municipality_id = m.municipality_id and s.journey_id = m.journey_id
          and s.touchpoint_id is not null and r.submitted_hour >= date_trunc('hour', c.checked_at)))
    limit ${limit}`.execute(db);
  return result.rows;
}
