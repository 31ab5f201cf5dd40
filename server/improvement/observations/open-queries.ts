import { sql } from 'kysely';
import type { Tenant } from '../../auth/context.ts';
import type { Db } from '../common.ts';

/**
 * Open sessions (no end time) with the device they run on and their last activity: the latest
 * observation stored for them, else their start. `scope` narrows to one observer and their units
 * (staff), or is null for the whole municipality (analysts and admins).
 */
export function listOpenSessions(
  db: Db,
  tenant: Tenant,
  scope: { userId: string; unitIds: string[] } | null,
  id?: string,
) {
  let q = db
    .selectFrom('improvement_session as s')
    .innerJoin('org_unit as u', (j) =>
      j.onRef('u.municipality_id', '=', 's.municipality_id').onRef('u.id', '=', 's.unit_id'),
    )
    .innerJoin('app_user as a', (j) =>
      j.onRef('a.municipality_id', '=', 's.municipality_id').onRef('a.id', '=', 's.observer_id'),
    )
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('improvement_observation')
          .select([
            'municipality_id',
            'session_id',
            sql<number>`count(*)::int`.as('n'),
            sql<Date>`max(greatest(observed_at, created_at))`.as('last_at'),
          ])
          .where('municipality_id', '=', tenant.municipalityId)
          .groupBy(['municipality_id', 'session_id'])
          .as('o'),
      (j) => j.onRef('o.municipality_id', '=', 's.municipality_id').onRef('o.session_id', '=', 's.id'),
    )
    .select([
      's.id',
      's.unit_id',
      's.observer_id',
      'u.name as unit_name',
      'a.name as observer_name',
      's.place',
      's.device',
      's.started_at',
      's.ended_at',
      sql<number>`coalesce(o.n, 0)`.as('observation_count'),
      sql<Date>`coalesce(o.last_at, s.started_at)`.as('last_activity_at'),
    ])
    .where('s.municipality_id', '=', tenant.municipalityId)
    .where('s.ended_at', 'is', null);
  if (id) q = q.where('s.id', '=', id);
  if (scope) {
    const { userId, unitIds } = scope;
    q = q.where((eb) =>
      unitIds.length > 0
        ? eb.or([eb('s.observer_id', '=', userId), eb('s.unit_id', 'in', unitIds)])
        : eb('s.observer_id', '=', userId),
    );
  }
  return q.orderBy('last_activity_at', 'desc').limit(200).execute();
}
export type OpenSessionRow = Awaited<ReturnType<typeof listOpenSessions>>[number];

/** The units the user belongs to (their "team" for sessions). */
export async function userUnitIds(db: Db, tenant: Tenant, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('user_unit')
    .select('unit_id')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('user_id', '=', userId)
    .execute();
  return rows.map((r) => r.unit_id);
}

/** Marks a session as used on this device (resumed here). */
export async function setDevice(db: Db, tenant: Tenant, id: string, device: string) {
  await db
    .updateTable('improvement_session')
    .set({ device })
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .execute();
}

/**
 * Closes a still open session: ends it now (never before its start or its last observation) and
 * records who closed it. Returns false when it was already closed (by its phone or someone else).
 */
export async function closeSession(db: Db, tenant: Tenant, id: string, by: string, lastActivity: Date) {
  const end = new Date(Math.max(Date.now(), lastActivity.getTime()));
  const r = await db
    .updateTable('improvement_session')
    .set({ ended_at: end, closed_by: by })
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** The name of whoever closed a session from the list, or null. */
export async function closerName(db: Db, tenant: Tenant, id: string): Promise<string | null> {
  const row = await db
    .selectFrom('improvement_session as s')
    .innerJoin('app_user as a', (j) =>
      j.onRef('a.municipality_id', '=', 's.municipality_id').onRef('a.id', '=', 's.closed_by'),
    )
    .select('a.name')
    .where('s.municipality_id', '=', tenant.municipalityId)
    .where('s.id', '=', id)
    .executeTakeFirst();
  return row?.name ?? null;
}
