import type { Kysely } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';

type Db = Kysely<Database>;

/**
 * Unit lookups the journey feature needs: which referenced units exist in the municipality, a user's
 * own units (for staff edit rights), and names for re-linking imported actors.
 */
export async function existingUnitIds(db: Db, tenant: Tenant, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('org_unit')
    .select('id')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Set(rows.map((row) => row.id));
}

/** The units a user belongs to (user_unit). */
export async function userUnitIds(db: Db, tenant: Tenant, userId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('user_unit')
    .select('unit_id')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('user_id', '=', userId)
    .execute();
  return new Set(rows.map((row) => row.unit_id));
}

/** Active units by exact name; the first wins when two units share a name. */
export async function unitIdsByName(db: Db, tenant: Tenant): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('org_unit')
    .select(['id', 'name'])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('archived_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const byName = new Map<string, string>();
  for (const row of rows) if (!byName.has(row.name)) byName.set(row.name, row.id);
  return byName;
}

/** The municipality's smallest group size that may be shown (anonymity threshold). */
export async function minGroupSize(db: Db, tenant: Tenant): Promise<number> {
  const row = await db
    .selectFrom('municipality')
    .select('min_group_size')
    .where('id', '=', tenant.municipalityId)
    .executeTakeFirstOrThrow();
  return row.min_group_size;
}
