import { type Kysely, sql } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';

type Db = Kysely<Database>;

/**
 * A pulse round by its public token. The token is the only key the anonymous respondent has, so this
 * lookup is not tenant-scoped; it returns the municipality for every later query.
 */
export async function findPulseByToken(db: Db, token: string) {
  const survey = await db
    .selectFrom('survey')
    .select(['municipality_id', 'id', 'title', 'status', 'languages', 'opens_at', 'closes_at'])
    .where('public_token', '=', token)
    .where('mode', '=', 'pulse')
    .executeTakeFirst();
  if (!survey) return undefined;
  const units = await db
    .selectFrom('survey_unit as su')
    .innerJoin('org_unit as u', (j) =>
      j.onRef('u.municipality_id', '=', 'su.municipality_id').onRef('u.id', '=', 'su.unit_id'),
    )
    .select(['u.id', 'u.name'])
    .where('su.municipality_id', '=', survey.municipality_id)
    .where('su.survey_id', '=', survey.id)
    .orderBy('u.name')
    .execute();
  return { ...survey, units };
}

/** Stores one anonymous response: no account, no IP, and the time only to the hour. */
export async function insertPulseResponse(
  db: Db,
  tenant: Tenant,
  values: {
    surveyId: string;
    unitId: string;
    locale: string;
    submittedAt: Date;
    answers: readonly { itemId: string; value: number | null; dontKnow: boolean }[];
  },
) {
  const hour = new Date(values.submittedAt);
  hour.setUTCMinutes(0, 0, 0);
  const response = await db
    .insertInto('survey_response')
    .values({
      municipality_id: tenant.municipalityId,
      survey_id: values.surveyId,
      unit_id: values.unitId,
      channel: 'link',
      locale: values.locale,
      submitted_hour: hour,
      idempotency_key: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (values.answers.length === 0) return;
  await db
    .insertInto('survey_answer')
    .values(
      values.answers.map((a) => ({
        municipality_id: tenant.municipalityId,
        response_id: response.id,
        item_id: a.itemId,
        value: a.value,
        dont_know: a.dontKnow,
      })),
    )
    .execute();
}

/**
 * Answer counts per round, unit, item and value for pulse surveys, plus respondents per round and unit.
 * Everything the results need, aggregated in SQL.
 */
export function pulseAnswerCounts(db: Db, tenant: Tenant) {
  return db
    .selectFrom('survey_answer as a')
    .innerJoin('survey_response as r', (j) =>
      j.onRef('r.municipality_id', '=', 'a.municipality_id').onRef('r.id', '=', 'a.response_id'),
    )
    .innerJoin('survey as s', (j) =>
      j.onRef('s.municipality_id', '=', 'r.municipality_id').onRef('s.id', '=', 'r.survey_id'),
    )
    .select((eb) => [
      'r.survey_id',
      'r.unit_id',
      'a.item_id',
      'a.value',
      'a.dont_know',
      eb.fn.countAll<number>().as('count'),
    ])
    .where('a.municipality_id', '=', tenant.municipalityId)
    .where('s.mode', '=', 'pulse')
    .groupBy(['r.survey_id', 'r.unit_id', 'a.item_id', 'a.value', 'a.dont_know'])
    .execute();
}

/** Respondents per pulse round and unit. */
export function pulseRespondents(db: Db, tenant: Tenant) {
  return db
    .selectFrom('survey_response as r')
    .innerJoin('survey as s', (j) =>
      j.onRef('s.municipality_id', '=', 'r.municipality_id').onRef('s.id', '=', 'r.survey_id'),
    )
    .select((eb) => [
      'r.survey_id',
      'r.unit_id',
      eb.fn.countAll<number>().as('n'),
      sql<string>`min(r.submitted_hour)::text`.as('first'),
    ])
    .where('r.municipality_id', '=', tenant.municipalityId)
    .where('s.mode', '=', 'pulse')
    .groupBy(['r.survey_id', 'r.unit_id'])
    .execute();
}
