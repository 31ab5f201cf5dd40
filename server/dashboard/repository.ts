import { type Kysely, sql } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import type { Selection } from './aggregate-query.ts';
import type { DayRange } from './period.ts';

type Db = Kysely<Database>;

/** The municipality's name, country and minimum group size. */
export function findMunicipality(db: Db, tenant: Tenant) {
  return db
    .selectFrom('municipality')
    .select(['id', 'name', 'country', 'min_group_size'])
    .where('id', '=', tenant.municipalityId)
    .executeTakeFirstOrThrow();
}

/** Every unit, archived ones too: their responses still count in the totals above them. */
export function listAllUnits(db: Db, tenant: Tenant) {
  return db
    .selectFrom('org_unit')
    .select(['id', 'parent_id', 'name', 'archived_at'])
    .where('municipality_id', '=', tenant.municipalityId)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** The surveys (for scales and the journey/touchpoint filters); small per municipality. */
export function listSurveys(db: Db, tenant: Tenant) {
  return db
    .selectFrom('survey')
    .select(['id', 'title', 'definition', 'journey_id', 'touchpoint_id', 'mode'])
    .where('municipality_id', '=', tenant.municipalityId)
    .orderBy('created_at')
    .execute();
}

/** The languages a municipality added beyond the built-in ones (canonical tags). */
export async function listAddedLanguages(db: Db, tenant: Tenant): Promise<string[]> {
  const rows = await db
    .selectFrom('municipality_language')
    .select('language')
    .where('municipality_id', '=', tenant.municipalityId)
    .orderBy('language')
    .execute();
  return rows.map((r) => r.language);
}

/** Titles of the journeys that surveys point at. */
export function listJourneys(db: Db, tenant: Tenant, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('journey')
    .select(['id', 'title'])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', 'in', [...ids])
    .orderBy('title')
    .execute();
}

/**
 * The journey steps that surveys are aimed at (a survey's touchpoint is a step id), with their place
 * and text in the journey's current version, so the filter can show names instead of ids.
 */
export async function listTouchpointSteps(
  db: Db,
  tenant: Tenant,
  journeyIds: readonly string[],
  stepIds: readonly string[],
) {
  if (journeyIds.length === 0 || stepIds.length === 0) return [];
  const r = await sql<{ journey_id: string; id: string; n: number; description: string | null }>`
    select j.id as journey_id, s.step ->> 'id' as id, s.n::int as n, s.step ->> 'description' as description
    from journey j
    join journey_version v on v.municipality_id = j.municipality_id and v.journey_id = j.id
      and v.version = j.current_version
    cross join lateral jsonb_array_elements(case when jsonb_typeof(v.document -> 'steps') = 'array'
      then v.document -> 'steps' else '[]'::jsonb end) with ordinality as s(step, n)
    where j.municipality_id = ${tenant.municipalityId} and j.id = any(${[...journeyIds]}::uuid[])
      and s.step ->> 'id' = any(${[...stepIds]}::text[])`.execute(db);
  return r.rows;
}

export interface FreeTextQuery {
  range: DayRange;
  unitIds: readonly string[] | null;
  surveyIds: readonly string[] | null;
  channel: string | null;
  selection: Selection | null;
  search: string | null;
  /** Keyset cursor: the last row seen (hour, response id). */
  before: { hour: string; id: number } | null;
  limit: number;
}

/** Screened free-text answers in scope, newest first; `search` matches case-insensitively. */
export async function listFreeText(db: Db, tenant: Tenant, q: FreeTextQuery) {
  const m = tenant.municipalityId;
  if (q.unitIds?.length === 0 || q.surveyIds?.length === 0) return [];
  let query = db
    .selectFrom('survey_text_answer as t')
    .innerJoin('survey_response as r', (j) =>
      j.onRef('r.municipality_id', '=', 't.municipality_id').onRef('r.id', '=', 't.response_id'),
    )
    .select([
      't.response_id',
      't.item_id',
      't.body',
      'r.submitted_hour',
      'r.survey_id',
      'r.unit_id',
      'r.channel',
    ])
    .where('t.municipality_id', '=', m)
    .where('r.municipality_id', '=', m)
    .where(sql<boolean>`(r.submitted_hour at time zone 'Europe/Copenhagen')::date >= ${q.range.from}::date`)
    .where(sql<boolean>`(r.submitted_hour at time zone 'Europe/Copenhagen')::date < ${q.range.to}::date`);
  if (q.unitIds) query = query.where('r.unit_id', 'in', [...q.unitIds]);
  if (q.surveyIds) query = query.where('r.survey_id', 'in', [...q.surveyIds]);
  if (q.channel) query = query.where('r.channel', '=', q.channel as 'link');
  const s = q.selection;
  if (s?.languages.length) query = query.where('r.locale', 'in', [...s.languages]);
  if (s?.excludeLanguages.length) query = query.where('r.locale', 'not in', [...s.excludeLanguages]);
  type Status = 'validated' | 'reviewed' | 'unreviewed';
  if (s?.statuses.length) query = query.where('r.translation_status', 'in', s.statuses as Status[]);
  if (s?.excludeStatuses.length)
    query = query.where('r.translation_status', 'not in', s.excludeStatuses as Status[]);
  if (q.search) {
    const pattern = `%${q.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where('t.body', 'ilike', pattern);
  }
  if (q.before) {
    const { hour, id } = q.before;
    query = query.where(sql<boolean>`(r.submitted_hour, r.id) < (${hour}::timestamptz, ${id}::bigint)`);
  }
  return query.orderBy('r.submitted_hour', 'desc').orderBy('r.id', 'desc').limit(q.limit).execute();
}

/** Moves queued responses into the rollup; returns how many. A no-op while another instance does it. */
export async function rollUp(db: Db): Promise<number> {
  const result = await sql<{ n: number | string }>`select dashboard_roll_up() as n`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

/**
 * Moves at most `max` queued responses (oldest first) into the rollup, in one short transaction;
 * returns how many. 0 while another instance rolls up.
 */
export async function rollUpStep(db: Db, max: number): Promise<number> {
  const result = await sql<{ n: number | string }>`select dashboard_roll_up_step(${max}::int) as n`.execute(
    db,
  );
  return Number(result.rows[0]?.n ?? 0);
}
