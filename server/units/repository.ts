import type { Kysely } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database, OrgUnitUpdate, UnitKind } from '../db/types.ts';

type Db = Kysely<Database>;

/** All units of the municipality, ordered for stable display. */
export function listUnits(db: Db, tenant: Tenant, includeArchived: boolean) {
  let q = db.selectFrom('org_unit').selectAll().where('municipality_id', '=', tenant.municipalityId);
  if (!includeArchived) q = q.where('archived_at', 'is', null);
  return q.orderBy('name').orderBy('id').execute();
}

export function findUnit(db: Db, tenant: Tenant, id: string) {
  return db
    .selectFrom('org_unit')
    .selectAll()
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function insertUnit(
  db: Db,
  tenant: Tenant,
  values: { name: string; parentId: string | null; kind: UnitKind; isEntrance: boolean },
) {
  return db
    .insertInto('org_unit')
    .values({
      municipality_id: tenant.municipalityId,
      name: values.name,
      parent_id: values.parentId,
      kind: values.kind,
      is_entrance: values.isEntrance,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateUnit(db: Db, tenant: Tenant, id: string, patch: OrgUnitUpdate) {
  return db
    .updateTable('org_unit')
    .set(patch)
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Number of non-archived direct children. */
export async function countActiveChildren(db: Db, tenant: Tenant, id: string): Promise<number> {
  const row = await db
    .selectFrom('org_unit')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('municipality_id', '=', tenant.municipalityId)
    .where('parent_id', '=', id)
    .where('archived_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The ids on the path from a unit up to its root, the unit itself first. */
export async function ancestorIds(db: Db, tenant: Tenant, id: string): Promise<string[]> {
  const rows = await db
    .withRecursive('up(id, parent_id, depth)', (qb) =>
      qb
        .selectFrom('org_unit')
        .select(['id', 'parent_id', (eb) => eb.lit(0).as('depth')])
        .where('municipality_id', '=', tenant.municipalityId)
        .where('id', '=', id)
        .unionAll((u) =>
          u
            .selectFrom('org_unit as o')
            .innerJoin('up', 'up.parent_id', 'o.id')
            .select(['o.id', 'o.parent_id', (eb) => eb('up.depth', '+', 1).as('depth')])
            .where('o.municipality_id', '=', tenant.municipalityId)
            .where('up.depth', '<', 100),
        ),
    )
    .selectFrom('up')
    .select('id')
    .orderBy('depth')
    .execute();
  return rows.map((r) => r.id);
}
