import { type Kysely, sql } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';

type Db = Kysely<Database>;

/** The mapping of a journey version with its log's name. */
export function findMapping(db: Db, tenant: Tenant, journeyId: string, version: number) {
  return db
    .selectFrom('journey_log_mapping as m')
    .innerJoin('eventlog as l', (j) =>
      j.onRef('l.municipality_id', '=', 'm.municipality_id').onRef('l.id', '=', 'm.log_id'),
    )
    .select([
      'm.journey_id',
      'm.version',
      'm.log_id',
      'l.name as log_name',
      'm.actor_by',
      'm.activities',
      'm.actors',
      'm.updated_at',
    ])
    .where('m.municipality_id', '=', tenant.municipalityId)
    .where('m.journey_id', '=', journeyId)
    .where('m.version', '=', version)
    .executeTakeFirst();
}

/** Saves (inserts or replaces) the mapping of a journey version. */
export async function saveMapping(
  db: Db,
  tenant: Tenant,
  row: {
    journeyId: string;
    version: number;
    logId: string;
    actorBy: 'resource' | 'group';
    activities: Record<string, string>;
    actors: Record<string, string>;
    userId: string | null;
  },
) {
  const values = {
    log_id: row.logId,
    actor_by: row.actorBy,
    activities: JSON.stringify(row.activities),
    actors: JSON.stringify(row.actors),
    updated_by: row.userId,
    updated_at: new Date(),
  };
  await db
    .insertInto('journey_log_mapping')
    .values({
      municipality_id: tenant.municipalityId,
      journey_id: row.journeyId,
      version: row.version,
      ...values,
    })
    .onConflict((c) => c.columns(['municipality_id', 'journey_id', 'version']).doUpdateSet(values))
    .execute();
}

/** Activities of a log with their event counts, most frequent first. */
export async function activityCounts(db: Db, tenant: Tenant, logId: string) {
  const rows = await db
    .selectFrom('eventlog_event')
    .select(['activity as name', (eb) => eb.fn.countAll<string>().as('n')])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('log_id', '=', logId)
    .groupBy('activity')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('activity')
    .limit(5_000)
    .execute();
  return rows.map((r) => ({ name: r.name, events: Number(r.n) }));
}

/** Resources or groups of a log with their event counts, most frequent first (the first `limit`+1). */
export async function actorCounts(
  db: Db,
  tenant: Tenant,
  logId: string,
  by: 'resource' | 'group',
  limit: number,
) {
  const column = by === 'resource' ? 'resource' : 'grp';
  const rows = await db
    .selectFrom('eventlog_event')
    .select([`${column} as name`, (eb) => eb.fn.countAll<string>().as('n')])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('log_id', '=', logId)
    .where(column, 'is not', null)
    .groupBy(column)
    .orderBy(sql`count(*)`, 'desc')
    .orderBy(column)
    .limit(limit + 1)
    .execute();
  return rows.map((r) => ({ name: r.name ?? '', events: Number(r.n) }));
}

/** Pseudonyms of some cases by case number (the example cases of the deviating patterns). */
export async function caseKeys(db: Db, tenant: Tenant, logId: string, caseNos: readonly number[]) {
  if (caseNos.length === 0) return new Map<number, string>();
  const rows = await db
    .selectFrom('eventlog_case')
    .select(['case_no', 'case_key'])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('log_id', '=', logId)
    .where('case_no', 'in', [...caseNos])
    .execute();
  return new Map(rows.map((r) => [r.case_no, r.case_key]));
}
