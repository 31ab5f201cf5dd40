import type { Kysely } from 'kysely';
import type { Tenant } from '../../auth/context.ts';
import type { Database } from '../../db/types.ts';

type Db = Kysely<Database>;

/** Stores a new token (its secret only as a hash). */
export async function insertToken(
  db: Db,
  tenant: Tenant,
  t: { id: string; name: string; scopes: string[]; secretHash: string; createdBy: string; expiresAt: Date },
) {
  return db
    .insertInto('api_token')
    .values({
      municipality_id: tenant.municipalityId,
      id: t.id,
      name: t.name,
      scopes: t.scopes,
      secret_hash: t.secretHash,
      created_by: t.createdBy,
      expires_at: t.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The municipality's tokens with their creator's name, newest first. */
export function listTokens(db: Db, tenant: Tenant) {
  return db
    .selectFrom('api_token as t')
    .leftJoin('app_user as u', (j) =>
      j.onRef('u.municipality_id', '=', 't.municipality_id').onRef('u.id', '=', 't.created_by'),
    )
    .selectAll('t')
    .select('u.name as creator_name')
    .where('t.municipality_id', '=', tenant.municipalityId)
    .orderBy('t.created_at', 'desc')
    .execute();
}

/**
 * A token by its full primary key with its creator's account: the token acts with the creator's role,
 * so a deactivated or demoted creator takes the token's rights with them.
 */
export function findTokenForAuth(db: Db, tenant: Tenant, id: string) {
  return db
    .selectFrom('api_token as t')
    .innerJoin('app_user as u', (j) =>
      j.onRef('u.municipality_id', '=', 't.municipality_id').onRef('u.id', '=', 't.created_by'),
    )
    .innerJoin('municipality as m', 'm.id', 't.municipality_id')
    .select([
      't.id',
      't.name',
      't.scopes',
      't.secret_hash',
      't.expires_at',
      't.revoked_at',
      't.last_used_at',
      'u.id as user_id',
      'u.role',
      'u.locale',
      'm.country',
      'u.email',
      'u.name as user_name',
      'u.active',
    ])
    .where('t.municipality_id', '=', tenant.municipalityId)
    .where('t.id', '=', id)
    .executeTakeFirst();
}

export async function touchToken(db: Db, tenant: Tenant, id: string, at: Date) {
  await db
    .updateTable('api_token')
    .set({ last_used_at: at })
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .execute();
}

/** Revokes a live token; undefined when there is none by that id in the municipality. */
export function revokeToken(db: Db, tenant: Tenant, id: string, at: Date) {
  return db
    .updateTable('api_token')
    .set({ revoked_at: at })
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returning(['id', 'name'])
    .executeTakeFirst();
}
