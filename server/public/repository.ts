import { type Kysely, sql } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { responseTicks } from '../integrations/webhooks/outbox-writes.ts';
import type { ResponseChannel } from '../surveys/tables.ts';
import { locateToken } from '../tokens/repository.ts';
import type { ParsedAnswer } from './answers.ts';

type Db = Kysely<Database>;

/**
 * A survey by its public token, with what the public page needs of its municipality. The token is the
 * only input: the token directory names the municipality and survey, then the survey is read by its
 * full key (and must still carry the token, so a stale entry finds nothing).
 */
export async function findSurveyByToken(db: Db, token: string) {
  const entry = await locateToken(db, 'survey', token);
  if (!entry) return undefined;
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
    .where('s.municipality_id', '=', entry.municipalityId)
    .where('s.id', '=', entry.refId)
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
  /** The BCP 47 tag of the language answered in. */
  locale: string;
  /** The weakest status of the question texts the citizen read. */
  translationStatus: 'validated' | 'reviewed' | 'unreviewed';
  idempotencyKey: string | null;
  answers: ParsedAnswer[];
}

/**
 * Stores one response with its answers (a batch of one). The time is truncated to the hour in the
 * database. With an idempotency key seen before, nothing is stored and `stored` is false: a kiosk that
 * resends after a network drop is counted once.
 */
export async function insertResponse(db: Db, tenant: Tenant, r: NewResponse): Promise<{ stored: boolean }> {
  const [stored = false] = await insertResponses(db, [{ tenant, response: r }]);
  return { stored };
}

/** One response of a batch, with the tenant it belongs to. */
export interface TenantResponse {
  tenant: Tenant;
  response: NewResponse;
}

/**
 * Stores many responses with their answers in ONE statement (one round trip, one commit): the group
 * commit behind the public endpoint. Ids are drawn from the identity sequence up front so that answer
 * rows can be tied to their response by position. Returns, per input, whether it was stored (false:
 * its idempotency key was seen before, in an earlier statement or earlier in this batch).
 */
export async function insertResponses(db: Db, batch: TenantResponse[]): Promise<boolean[]> {
  // The batch goes as ONE jsonb parameter (JSON.stringify is native; a dozen typed array parameters cost
  // the driver ~4 µs of JavaScript per response to escape element by element). Answers travel inside
  // their response: [item, value, don't know] and [item, text].
  const rows = JSON.stringify(
    batch.map(({ tenant, response: r }) => ({
      m: tenant.municipalityId,
      s: r.surveyId,
      u: r.unitId,
      c: r.channel,
      l: r.locale,
      k: r.idempotencyKey,
      t: r.translationStatus,
      v: r.answers.flatMap((a) => (a.kind === 'value' ? [[a.id, a.value, a.dontKnow]] : [])),
      x: r.answers.flatMap((a) => (a.kind === 'text' ? [[a.id, a.body]] : [])),
    })),
  );
  const result = await sql<{ ord: number }>`
    with input as materialized (
      select nextval(pg_get_serial_sequence('survey_response', 'id')) as id, x.*
      from rows from (jsonb_to_recordset(${rows}::jsonb)
        as (m uuid, s uuid, u uuid, c text, l text, k text, t text, v jsonb, x jsonb))
        with ordinality as x(municipality_id, survey_id, unit_id, channel, locale, idempotency_key, status,
          v, x, ord)
    ), r as (
      insert into survey_response (municipality_id, id, survey_id, unit_id, channel, locale, submitted_hour,
        idempotency_key, translation_status)
      overriding system value
      select municipality_id, id, survey_id, unit_id, channel, locale, date_trunc('hour', now()), idempotency_key,
        status
      from input order by ord
      on conflict (municipality_id, survey_id, idempotency_key) where idempotency_key is not null do nothing
      returning municipality_id, id, survey_id
    ), q as (
      -- the dashboard's roll-up queue, in the same statement (server/dashboard/queue.ts)
      insert into dashboard_pending (municipality_id, response_id) select municipality_id, id from r
    ), w as (${responseTicks('r', [...new Set(batch.map((b) => b.tenant.municipalityId))])}
    ), stored as (
      select i.* from r join input i on i.municipality_id = r.municipality_id and i.id = r.id
    ), a as (
      insert into survey_answer (municipality_id, response_id, item_id, value, dont_know)
      select s.municipality_id, s.id, e ->> 0, (e ->> 1)::smallint, (e ->> 2)::boolean
      from stored s cross join lateral jsonb_array_elements(s.v) e
    ), t as (
      insert into survey_text_answer (municipality_id, response_id, item_id, body)
      select s.municipality_id, s.id, e ->> 0, e ->> 1
      from stored s cross join lateral jsonb_array_elements(s.x) e
    )
    select ord::int as ord from stored`.execute(db);
  const stored = new Set(result.rows.map((row) => Number(row.ord)));
  return batch.map((_, i) => stored.has(i + 1));
}
