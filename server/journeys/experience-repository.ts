import { type Kysely, sql } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';

type Db = Kysely<Database>;

/** Answer counts per touchpoint, scale override, item and value for the surveys aimed at a journey. */
export interface AnswerCount {
  touchpointId: string;
  scaleId: string | null;
  itemId: string;
  value: number;
  count: number;
}

/** Aggregated in SQL: no single response leaves the database, only counts per value. */
export async function answerCounts(db: Db, tenant: Tenant, journeyId: string): Promise<AnswerCount[]> {
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
      sql<string | null>`s.definition->>'scaleId'`.as('scale_id'),
      'a.item_id',
      'a.value',
      (eb) => eb.fn.countAll<string>().as('n'),
    ])
    .where('s.municipality_id', '=', tenant.municipalityId)
    .where('s.journey_id', '=', journeyId)
    .where('s.touchpoint_id', 'is not', null)
    .where('a.dont_know', '=', false)
    .where('a.value', 'is not', null)
    .groupBy(['s.touchpoint_id', sql`s.definition->>'scaleId'`, 'a.item_id', 'a.value'])
    .execute();
  return rows.map((row) => ({
    touchpointId: row.touchpoint_id ?? '',
    scaleId: row.scale_id,
    itemId: row.item_id,
    value: Number(row.value),
    count: Number(row.n),
  }));
}

/** Responses per touchpoint (a respondent counts once however many items they answered). */
export async function responseCounts(
  db: Db,
  tenant: Tenant,
  journeyId: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('survey as s')
    .innerJoin('survey_response as r', (j) =>
      j.onRef('r.municipality_id', '=', 's.municipality_id').onRef('r.survey_id', '=', 's.id'),
    )
    .select(['s.touchpoint_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('s.municipality_id', '=', tenant.municipalityId)
    .where('s.journey_id', '=', journeyId)
    .where('s.touchpoint_id', 'is not', null)
    .groupBy('s.touchpoint_id')
    .execute();
  return new Map(rows.map((row) => [row.touchpoint_id ?? '', Number(row.n)]));
}

/** How many surveys target the journey at all (linked to a touchpoint or not). */
export async function surveyCount(db: Db, tenant: Tenant, journeyId: string): Promise<number> {
  const row = await db
    .selectFrom('survey')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('municipality_id', '=', tenant.municipalityId)
    .where('journey_id', '=', journeyId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
