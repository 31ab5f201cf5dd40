import type { Kysely } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';

type Db = Kysely<Database>;

/** The municipality's service areas in display order. */
export function listAreas(db: Db, tenant: Tenant) {
  return db
    .selectFrom('complaint_area')
    .select(['key', 'name', 'active', 'position'])
    .where('municipality_id', '=', tenant.municipalityId)
    .orderBy('position')
    .execute();
}

/** Inserts areas that are not there yet (idempotent, so concurrent first visits cannot clash). */
export async function insertAreas(
  db: Db,
  tenant: Tenant,
  areas: readonly { key: string; name: string | null; position: number }[],
) {
  if (areas.length === 0) return;
  await db
    .insertInto('complaint_area')
    .values(areas.map((a) => ({ municipality_id: tenant.municipalityId, ...a })))
    .onConflict((oc) => oc.columns(['municipality_id', 'key']).doNothing())
    .execute();
}

export function updateArea(
  db: Db,
  tenant: Tenant,
  key: string,
  patch: { name?: string | null; active?: boolean },
) {
  return db
    .updateTable('complaint_area')
    .set(patch)
    .where('municipality_id', '=', tenant.municipalityId)
    .where('key', '=', key)
    .returning(['key', 'name', 'active', 'position'])
    .executeTakeFirst();
}
