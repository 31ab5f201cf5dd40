import { type Kysely, sql } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { responseTicks } from '../integrations/webhooks/outbox-writes.ts';
import { locateToken } from '../tokens/repository.ts';

type Db = Kysely<Database>;

/**
 * A pulse round by its public token. The token is the only key the anonymous respondent has: the
 * token directory names the municipality, which every later query uses.
 */
export async function findPulseByToken(db: Db, token: string) {
  const entry = await locateToken(db, 'survey', token);
  if (!entry) return undefined;
  const survey = await db
    .selectFrom('survey')
    .select(['municipality_id', 'id', 'title', 'status', 'languages', 'opens_at', 'closes_at'])
    .where('municipality_id', '=', entry.municipalityId)
    .where('id', '=', entry.refId)
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

/** One anonymous response: no account, no IP, and the time only to the hour. */
export interface PulseResponseRow {
  surveyId: string;
  unitId: string;
  locale: string;
  submittedAt: Date;
  answers: readonly { itemId: string; value: number | null; dontKnow: boolean }[];
}

/** Stores one anonymous response. */
export async function insertPulseResponse(db: Db, tenant: Tenant, values: PulseResponseRow) {
  await insertPulseResponses(db, tenant, [values]);
}

/**
 * Stores many responses with their answers in one statement (the demo seed writes hundreds; one round trip
 * each made a first start on PGlite seconds slower). Response ids come from an identity column, assigned in
 * the order the rows are inserted, so numbering the new ids in order pairs each answer with its response.
 */
export async function insertPulseResponses(db: Db, tenant: Tenant, rows: readonly PulseResponseRow[]) {
  if (rows.length === 0) return;
  const hours = rows.map((r) => {
    const hour = new Date(r.submittedAt);
    hour.setUTCMinutes(0, 0, 0);
    return hour.toISOString();
  });
  const answers = rows.flatMap((r, i) => r.answers.map((a) => ({ ...a, n: i + 1 })));
  await sql`
    with src as (
      select * from unnest(${rows.map((r) => r.surveyId)}::uuid[], ${rows.map((r) => r.unitId)}::uuid[],
        ${rows.map((r) => r.locale)}::text[], ${hours}::timestamptz[]) with ordinality as s(survey_id, unit_id, locale, submitted_hour, n)
    ), resp as (
      insert into survey_response (municipality_id, survey_id, unit_id, channel, locale, submitted_hour, idempotency_key)
      select ${tenant.municipalityId}, survey_id, unit_id, 'link', locale, submitted_hour, null from src order by n
      returning municipality_id, survey_id, id
    ), q as (
      -- the dashboard's roll-up queue, in the same statement (server/dashboard/queue.ts)
      insert into dashboard_pending (municipality_id, response_id) select ${tenant.municipalityId}::uuid, id from resp
    ), w as (${responseTicks('resp', tenant.municipalityId)}
    ), numbered as (
      select id, row_number() over (order by id) as n from resp
    )
    insert into survey_answer (municipality_id, response_id, item_id, value, dont_know)
    select ${tenant.municipalityId}, numbered.id, a.item_id, a.value::smallint, a.dont_know
    from unnest(${answers.map((a) => a.n)}::int[], ${answers.map((a) => a.itemId)}::text[],
      ${answers.map((a) => a.value)}::int[], ${answers.map((a) => a.dontKnow)}::boolean[]) as a(n, item_id, value, dont_know)
    join numbered on numbered.n = a.n`.execute(db);
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
