import type { SyncInput } from '../../../shared/api/improvement/observations.ts';
import type { Tenant } from '../../auth/context.ts';
import type { Db } from '../common.ts';

/**
 * Inserts or completes sessions. A second sync of the same session may only add the end time (the
 * phone stopped it later); everything else stays as first stored, so replays never rewrite history.
 */
export async function upsertSessions(
  db: Db,
  tenant: Tenant,
  observerId: string,
  rows: SyncInput['sessions'],
) {
  if (rows.length === 0) return [];
  const inserted = await db
    .insertInto('improvement_session')
    .values(
      rows.map((s) => ({
        municipality_id: tenant.municipalityId,
        id: s.id,
        unit_id: s.unitId,
        observer_id: observerId,
        place: s.place,
        device: s.device,
        started_at: s.startedAt,
        ended_at: s.endedAt,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['municipality_id', 'id']).doUpdateSet((eb) => ({
        ended_at: eb.fn.coalesce('improvement_session.ended_at', 'excluded.ended_at'),
      })),
    )
    .returning('id')
    .execute();
  return inserted.map((r) => r.id);
}

/** Inserts observations; ones already stored (same id) are left alone. Returns the ids now stored. */
export async function insertObservations(
  db: Db,
  tenant: Tenant,
  userId: string,
  rows: SyncInput['observations'],
): Promise<string[]> {
  if (rows.length === 0) return [];
  await db
    .insertInto('improvement_observation')
    .values(
      rows.map((o) => ({
        municipality_id: tenant.municipalityId,
        id: o.id,
        session_id: o.sessionId,
        observed_at: o.observedAt,
        category: o.category,
        what: o.what,
        citizens: o.citizens,
        severity: o.severity,
        tags: o.tags,
        photo_type: null,
        created_by: userId,
      })),
    )
    .onConflict((oc) => oc.columns(['municipality_id', 'id']).doNothing())
    .execute();
  const stored = await db
    .selectFrom('improvement_observation')
    .select('id')
    .where('municipality_id', '=', tenant.municipalityId)
    .where(
      'id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return stored.map((r) => r.id);
}

/** Session ids of this municipality among `ids` (to refuse observations pointing elsewhere). */
export async function existingSessionIds(db: Db, tenant: Tenant, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('improvement_session')
    .select('id')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Unit ids of this municipality among `ids`. */
export async function existingUnitIds(db: Db, tenant: Tenant, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('org_unit')
    .select('id')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}
