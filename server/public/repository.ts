import { type Kysely, sql } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import type { ResponseChannel } from '../surveys/tables.ts';
import type { ParsedAnswer } from './answers.ts';

type Db = Kysely<Database>;

/**
 * A survey by its public token, with what the public page needs of its municipality. The token is the
 * only input, so this is the one query that finds the tenant rather than taking it.
 */
export async function findSurveyByToken(db: Db, token: string) {
  const survey = await db
    .selectFrom('survey as s')
    .innerJoin('municipality as m', 'm.id', 's.municipality_id')
    .select([
      's.municipality_id',
      's.id',
      's.title',
      's.status',
      's.mode',
      's.languages',
      's.channels',
      's.plural',
      's.definition',
      's.public_token',
      's.opens_at',
      's.closes_at',
      'm.name as municipality_name',
    ])
    .where('s.public_token', '=', token)
    .executeTakeFirst();
  if (!survey) return undefined;
  const units = await db
    .selectFrom('survey_unit')
    .select('unit_id')
    .where('municipality_id', '=', survey.municipality_id)
    .where('survey_id', '=', survey.id)
    .orderBy('unit_id')
    .execute();
  return { ...survey, unitIds: units.map((u) => u.unit_id) };
}
export type PublicSurvey = NonNullable<Awaited<ReturnType<typeof findSurveyByToken>>>;

export interface NewResponse {
  surveyId: string;
  unitId: string | null;
  channel: ResponseChannel;
  locale: string;
  idempotencyKey: string | null;
  answers: ParsedAnswer[];
}

/**
 * Stores a response with its answers in one statement (atomic, one round trip). The time is truncated
 * to the hour in the database. With an idempotency key seen before, nothing is stored and `stored` is
 * false: a kiosk that resends after a network drop is counted once.
 */
export async function insertResponse(db: Db, tenant: Tenant, r: NewResponse): Promise<{ stored: boolean }> {
  const values = r.answers.filter((a) => a.kind === 'value');
  const texts = r.answers.filter((a) => a.kind === 'text');
  const result = await sql<{ id: number }>`
    with r as (
      insert into survey_response (municipality_id, survey_id, unit_id, channel, locale, submitted_hour, idempotency_key)
      values (${tenant.municipalityId}, ${r.surveyId}, ${r.unitId}, ${r.channel}, ${r.locale}, date_trunc('hour', now()), ${r.idempotencyKey})
      on conflict (municipality_id, survey_id, idempotency_key) where idempotency_key is not null do nothing
      returning municipality_id, id
    ), a as (
      insert into survey_answer (municipality_id, response_id, item_id, value, dont_know)
      select r.municipality_id, r.id, x.item_id, x.value, x.dont_know
      from r, unnest(${values.map((a) => a.id)}::text[], ${values.map((a) => a.value)}::smallint[], ${values.map((a) => a.dontKnow)}::boolean[]) as x(item_id, value, dont_know)
    ), t as (
      insert into survey_text_answer (municipality_id, response_id, item_id, body)
      select r.municipality_id, r.id, y.item_id, y.body
      from r, unnest(${texts.map((a) => a.id)}::text[], ${texts.map((a) => a.body)}::text[]) as y(item_id, body)
    )
    select id from r`.execute(db);
  return { stored: result.rows.length > 0 };
}
