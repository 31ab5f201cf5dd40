import { type Kysely, sql } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';

type Db = Kysely<Database>;

/** The municipality's minimum group size: no figure is shown for fewer respondents. */
export async function minGroupSize(db: Db, tenant: Tenant): Promise<number> {
  const row = await db
    .selectFrom('municipality')
    .select('min_group_size')
    .where('id', '=', tenant.municipalityId)
    .executeTakeFirstOrThrow();
  return row.min_group_size;
}

/** The municipality's display name (QR sheet). */
export async function municipalityName(db: Db, tenant: Tenant): Promise<string> {
  const row = await db
    .selectFrom('municipality')
    .select('name')
    .where('id', '=', tenant.municipalityId)
    .executeTakeFirstOrThrow();
  return row.name;
}

/** The name of one of the survey's target units (per-unit QR codes), or undefined if it is not one. */
export async function targetUnitName(db: Db, tenant: Tenant, surveyId: string, unitId: string) {
  const row = await db
    .selectFrom('survey_unit as su')
    .innerJoin('org_unit as u', (j) =>
      j.onRef('u.municipality_id', '=', 'su.municipality_id').onRef('u.id', '=', 'su.unit_id'),
    )
    .select('u.name')
    .where('su.municipality_id', '=', tenant.municipalityId)
    .where('su.survey_id', '=', surveyId)
    .where('su.unit_id', '=', unitId)
    .executeTakeFirst();
  return row?.name;
}

/** Free text can identify its writer more easily than a number: its threshold is higher. */
export const freeTextMinimum = (min: number) => Math.max(10, 2 * min);

/** Responses (and smiley presses) per day and channel. */
export async function responsesPerDay(db: Db, tenant: Tenant, surveyId: string) {
  const day = sql<string>`to_char(date_trunc('day', submitted_hour), 'YYYY-MM-DD')`;
  const responses = await db
    .selectFrom('survey_response')
    .select([day.as('day'), 'channel', (eb) => eb.fn.countAll<number>().as('count')])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('survey_id', '=', surveyId)
    .groupBy([day, 'channel'])
    .execute();
  const pressDay = sql<string>`to_char(date_trunc('day', pressed_minute), 'YYYY-MM-DD')`;
  const presses = await db
    .selectFrom('smiley_press')
    .select([
      pressDay.as('day'),
      sql<string>`'smiley'`.as('channel'),
      (eb) => eb.fn.countAll<number>().as('count'),
    ])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('survey_id', '=', surveyId)
    .groupBy(pressDay)
    .execute();
  return [...responses, ...presses]
    .map((r) => ({ day: r.day, channel: r.channel, count: Number(r.count) }))
    .sort((a, b) => a.day.localeCompare(b.day) || a.channel.localeCompare(b.channel));
}

/** Number of questionnaire responses of a survey. */
export async function countResponses(db: Db, tenant: Tenant, surveyId: string): Promise<number> {
  const row = await db
    .selectFrom('survey_response')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('municipality_id', '=', tenant.municipalityId)
    .where('survey_id', '=', surveyId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The (already screened) free-text answers, newest first, at most `limit`. */
export function listFreeText(db: Db, tenant: Tenant, surveyId: string, limit: number) {
  return db
    .selectFrom('survey_text_answer as t')
    .innerJoin('survey_response as r', (j) =>
      j.onRef('r.municipality_id', '=', 't.municipality_id').onRef('r.id', '=', 't.response_id'),
    )
    .select(['t.item_id', 't.body', 'r.submitted_hour'])
    .where('t.municipality_id', '=', tenant.municipalityId)
    .where('r.survey_id', '=', surveyId)
    .orderBy('r.id', 'desc')
    .limit(limit)
    .execute();
}
