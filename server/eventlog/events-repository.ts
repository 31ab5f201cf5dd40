import { type Kysely, sql } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';

type Db = Kysely<Database>;

/** Where the previous page ended (keyset pagination over the primary key). */
export interface EventCursor {
  caseNo: number;
  seq: number;
}

/**
 * The query of one page of a log's events in (case, file) order, after `after`: an index scan of
 * the primary key (municipality_id, log_id, case_no, seq) from the cursor on, stopped by the limit,
 * with no sort (plan in docs/performance/scale.md, printed by bench/eventlog-scale.ts).
 */
export function eventPageQuery(
  db: Db,
  tenant: Tenant,
  logId: string,
  after: EventCursor | null,
  limit: number,
  withAttrs: boolean,
) {
  let q = db
    .selectFrom('eventlog_event')
    .select(['case_no', 'seq', 'activity', 'ts', 'resource', 'grp', 'lifecycle'])
    .$if(withAttrs, (qb) => qb.select('attrs'))
    .where('municipality_id', '=', tenant.municipalityId)
    .where('log_id', '=', logId);
  if (after) q = q.where((eb) => eb(eb.refTuple('case_no', 'seq'), '>', eb.tuple(after.caseNo, after.seq)));
  return q.orderBy('case_no').orderBy('seq').limit(limit);
}

/** One page of a log's events in (case, file) order, after `after` ({@link eventPageQuery}). */
export function eventPage(...args: Parameters<typeof eventPageQuery>) {
  return eventPageQuery(...args).execute();
}

/** Cases `from`..`to` (inclusive) with their kept attributes. */
export function casesBetween(db: Db, tenant: Tenant, logId: string, from: number, to: number) {
  return db
    .selectFrom('eventlog_case')
    .select(['case_no', 'case_key', 'attrs'])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('log_id', '=', logId)
    .where('case_no', '>=', from)
    .where('case_no', '<=', to)
    .orderBy('case_no')
    .execute();
}

/** Values of the kept case attributes with their case counts (the 50 most common per key). */
export async function caseAttributeValues(db: Db, tenant: Tenant, logId: string) {
  const result = await sql<{ key: string; value: string; cases: number }>`
    select key, value, cases from (
      select a.key, a.value, count(*)::int as cases,
             row_number() over (partition by a.key order by count(*) desc, a.value) as rank
      from eventlog_case c, jsonb_each_text(c.attrs) a
      where c.municipality_id = ${tenant.municipalityId} and c.log_id = ${logId} and c.attrs is not null
      group by a.key, a.value
    ) t where rank <= 50 order by key, cases desc, value`.execute(db);
  return result.rows;
}

/** One case by its pseudonym. */
export function findCase(db: Db, tenant: Tenant, logId: string, caseKey: string) {
  return db
    .selectFrom('eventlog_case')
    .select(['case_no', 'case_key', 'attrs'])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('log_id', '=', logId)
    .where('case_key', '=', caseKey)
    .orderBy('case_no')
    .executeTakeFirst();
}

/** All events of one case in file order. */
export function caseEvents(db: Db, tenant: Tenant, logId: string, caseNo: number) {
  return db
    .selectFrom('eventlog_event')
    .select(['seq', 'activity', 'ts', 'resource', 'grp', 'lifecycle'])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('log_id', '=', logId)
    .where('case_no', '=', caseNo)
    .orderBy('seq')
    .limit(5000)
    .execute();
}
