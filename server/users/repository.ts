import type { Kysely, Updateable } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { AppUserTable, Database, Role } from '../db/types.ts';
import { locateToken, registerToken, replaceToken } from '../tokens/repository.ts';

type Db = Kysely<Database>;

export function listUsers(db: Db, tenant: Tenant) {
  return db
    .selectFrom('app_user')
    .selectAll()
    .where('municipality_id', '=', tenant.municipalityId)
    .orderBy('name')
    .execute();
}

export function findUser(db: Db, tenant: Tenant, id: string) {
  return db
    .selectFrom('app_user')
    .selectAll()
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Whether any account anywhere uses the e-mail (it is the global login name, kept in the token directory). */
export async function emailInUse(db: Db, email: string): Promise<boolean> {
  return (await locateToken(db, 'email', email)) !== undefined;
}

/**
 * A new account; its e-mail goes into the token directory in the same transaction (the directory's key
 * keeps e-mails unique across municipalities). Every way of creating an account comes through here.
 */
export async function insertUser(
  db: Db,
  tenant: Tenant,
  values: { email: string; name: string; role: Role; passwordHash: string },
) {
  const row = await db
    .insertInto('app_user')
    .values({
      municipality_id: tenant.municipalityId,
      email: values.email,
      name: values.name,
      role: values.role,
      password_hash: values.passwordHash,
      must_change_password: true,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await registerToken(db, 'email', row.email, tenant, row.id);
  return row;
}

/** Changes an account; a new e-mail replaces the old one in the token directory. */
export async function updateUser(db: Db, tenant: Tenant, id: string, patch: Updateable<AppUserTable>) {
  const row = await db
    .updateTable('app_user')
    .set(patch)
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  if (patch.email !== undefined) await replaceToken(db, 'email', tenant, id, row.email);
  return row;
}

/** unit ids per user for the whole municipality (one query for the list page). */
export async function unitIdsByUser(db: Db, tenant: Tenant, userId?: string): Promise<Map<string, string[]>> {
  let q = db
    .selectFrom('user_unit')
    .select(['user_id', 'unit_id'])
    .where('municipality_id', '=', tenant.municipalityId);
  if (userId) q = q.where('user_id', '=', userId);
  const map = new Map<string, string[]>();
  for (const row of await q.orderBy('unit_id').execute()) {
    map.set(row.user_id, [...(map.get(row.user_id) ?? []), row.unit_id]);
  }
  return map;
}

/** Replaces the user's unit memberships. */
export async function setUserUnits(db: Db, tenant: Tenant, userId: string, unitIds: string[]) {
  await db
    .deleteFrom('user_unit')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('user_id', '=', userId)
    .execute();
  if (unitIds.length === 0) return;
  await db
    .insertInto('user_unit')
    .values(
      [...new Set(unitIds)].map((unitId) => ({
        municipality_id: tenant.municipalityId,
        user_id: userId,
        unit_id: unitId,
      })),
    )
    .execute();
}

/** The subset of the given ids that are units of this municipality. */
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
