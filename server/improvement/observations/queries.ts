import { sql } from 'kysely';
import type { Tenant } from '../../auth/context.ts';
import type { Db } from '../common.ts';

function sessionQuery(db: Db, tenant: Tenant) {
  return db
    .selectFrom('improvement_session as s')
    .innerJoin('org_unit as u', (j) =>
      j.onRef('u.municipality_id', '=', 's.municipality_id').onRef('u.id', '=', 's.unit_id'),
    )
    .innerJoin('app_user as a', (j) =>
      j.onRef('a.municipality_id', '=', 's.municipality_id').onRef('a.id', '=', 's.observer_id'),
    )
    .select([
      's.id',
      's.unit_id',
      's.observer_id',
      'u.name as unit_name',
      'a.name as observer_name',
      's.place',
      's.started_at',
      's.ended_at',
      (eb) =>
        eb
          .selectFrom('improvement_observation as o')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('o.municipality_id', '=', 's.municipality_id')
          .whereRef('o.session_id', '=', 's.id')
          .as('observation_count'),
    ])
    .where('s.municipality_id', '=', tenant.municipalityId);
}

export type SessionRow = Awaited<ReturnType<typeof listSessions>>[number];

/** Sessions newest first, optionally of one unit, with their observation counts. */
export function listSessions(db: Db, tenant: Tenant, unitId?: string) {
  let q = sessionQuery(db, tenant);
  if (unitId) q = q.where('s.unit_id', '=', unitId);
  return q.orderBy('s.started_at', 'desc').limit(500).execute();
}

export function findSession(db: Db, tenant: Tenant, id: string) {
  return sessionQuery(db, tenant).where('s.id', '=', id).executeTakeFirst();
}

/** The observations of one session in time order. */
export function listObservations(db: Db, tenant: Tenant, sessionId: string) {
  return db
    .selectFrom('improvement_observation')
    .selectAll()
    .where('municipality_id', '=', tenant.municipalityId)
    .where('session_id', '=', sessionId)
    .orderBy('observed_at')
    .orderBy('id')
    .execute();
}

export function findObservation(db: Db, tenant: Tenant, id: string) {
  return db
    .selectFrom('improvement_observation')
    .selectAll()
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Records that a photo is stored for an observation. */
export async function setPhotoType(db: Db, tenant: Tenant, id: string, type: string | null) {
  await db
    .updateTable('improvement_observation')
    .set({ photo_type: type })
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .execute();
}
