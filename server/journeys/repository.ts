import { type Kysely, sql } from 'kysely';
import type { ListJourneysInput } from '../../shared/api/journeys.ts';
import type { Journey } from '../../shared/journey/index.ts';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { isMetricSortKey, type StoredMetrics } from './metrics.ts';

type Db = Kysely<Database>;

/** Fields mirrored from the newest version onto the journey row. */
export interface JourneyHead {
  title: string;
  persona: string;
  status: Journey['status'];
  ownerUnitId: string | null;
  metrics: StoredMetrics;
}

/** Case folding used for the persona search, on write and on query alike. */
const foldCase = (text: string) => text.toLocaleLowerCase('da');

function headValues(head: JourneyHead) {
  return {
    title: head.title,
    persona: head.persona,
    persona_key: foldCase(head.persona),
    status: head.status,
    owner_unit_id: head.ownerUnitId,
    metrics: JSON.stringify(head.metrics),
  };
}

/** Journey rows with the owner unit's name, for one municipality. */
function selectJourneys(db: Db, tenant: Tenant) {
  return db
    .selectFrom('journey as j')
    .leftJoin('org_unit as u', (join) =>
      join.onRef('u.municipality_id', '=', 'j.municipality_id').onRef('u.id', '=', 'j.owner_unit_id'),
    )
    .selectAll('j')
    .select('u.name as owner_unit_name')
    .where('j.municipality_id', '=', tenant.municipalityId);
}

export function findJourney(db: Db, tenant: Tenant, id: string) {
  return selectJourneys(db, tenant).where('j.id', '=', id).executeTakeFirst();
}

/** The list, filtered and sorted in SQL; metric sorts read the mirrored metrics JSON. */
export function listJourneys(db: Db, tenant: Tenant, filter: ListJourneysInput) {
  let q = selectJourneys(db, tenant);
  if (filter.unitId) q = q.where('j.owner_unit_id', '=', filter.unitId);
  if (filter.status) q = q.where('j.status', '=', filter.status);
  if (filter.persona) {
    const pattern = `%${foldCase(filter.persona).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where('j.persona_key', 'like', pattern);
  }
  const key = filter.sort;
  const expr = isMetricSortKey(key)
    ? sql`(j.metrics->>${sql.lit(key)})::float8`
    : key === 'updatedAt'
      ? sql`j.updated_at`
      : sql.ref(`j.${key}`);
  return q.orderBy(expr, filter.order).orderBy('j.id').limit(1000).execute();
}

export function insertJourney(db: Db, tenant: Tenant, head: JourneyHead, userId: string | null) {
  return db
    .insertInto('journey')
    .values({
      municipality_id: tenant.municipalityId,
      ...headValues(head),
      current_version: 1,
      created_by: userId,
      updated_by: userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/**
 * Moves the journey to `baseVersion + 1` only if nobody saved in between (compare-and-set), so two
 * editors cannot both create "version 4". Returns undefined on a lost race.
 */
export function advanceJourney(
  db: Db,
  tenant: Tenant,
  id: string,
  baseVersion: number,
  head: JourneyHead,
  userId: string,
) {
  return db
    .updateTable('journey')
    .set({
      ...headValues(head),
      current_version: baseVersion + 1,
      updated_by: userId,
      updated_at: new Date(),
    })
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .where('current_version', '=', baseVersion)
    .returning('current_version')
    .executeTakeFirst();
}

export async function insertVersion(
  db: Db,
  tenant: Tenant,
  values: { journeyId: string; version: number; document: Journey; metrics: StoredMetrics; note: string },
  userId: string | null,
): Promise<void> {
  await db
    .insertInto('journey_version')
    .values({
      municipality_id: tenant.municipalityId,
      journey_id: values.journeyId,
      version: values.version,
      document: JSON.stringify(values.document),
      metrics: JSON.stringify(values.metrics),
      note: values.note,
      created_by: userId,
    })
    .execute();
}

export function findVersion(db: Db, tenant: Tenant, journeyId: string, version: number) {
  return db
    .selectFrom('journey_version')
    .selectAll()
    .where('municipality_id', '=', tenant.municipalityId)
    .where('journey_id', '=', journeyId)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** Version history, newest first, without the documents. */
export function listVersions(db: Db, tenant: Tenant, journeyId: string) {
  return db
    .selectFrom('journey_version as v')
    .leftJoin('app_user as u', (join) =>
      join.onRef('u.municipality_id', '=', 'v.municipality_id').onRef('u.id', '=', 'v.created_by'),
    )
    .select(['v.version', 'v.metrics', 'v.note', 'v.created_at', 'u.name as created_by_name'])
    .select((eb) => [
      eb.ref('v.document', '->>').key('title').as('title'),
      eb.ref('v.document', '->>').key('status').as('status'),
    ])
    .where('v.municipality_id', '=', tenant.municipalityId)
    .where('v.journey_id', '=', journeyId)
    .orderBy('v.version', 'desc')
    .execute();
}
