import type { Kysely } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import type { TokenDirectoryTable } from './tables.ts';

type Db = Kysely<Database>;

/**
 * The token directory (migration 0011, docs/SCALING.md): the one global table, a Citus reference
 * table. A public link names only a token, so the municipality is looked up here first and the tenant
 * row is then read by its full key `(municipality_id, id)`.
 *
 * - survey: a survey's public link token (`/s/{token}`, kiosk and smiley, pulse rounds)
 * - kiosk: the SHA-256 of a kiosk device token (the clear token is never stored)
 * - report: a shared improvement report token
 * - email: a login e-mail (the login names no municipality)
 *
 * Only the repository functions that create, rotate or revoke these rows call the writers below,
 * inside the caller's transaction, so the directory and the tenant row change together.
 */
export type TokenKind = TokenDirectoryTable['kind'];

export interface TokenEntry {
  municipalityId: string;
  refId: string;
}

/** Where a token lives, or undefined when nobody holds it. */
export async function locateToken(db: Db, kind: TokenKind, token: string): Promise<TokenEntry | undefined> {
  const row = await db
    .selectFrom('token_directory')
    .select(['municipality_id', 'ref_id'])
    .where('kind', '=', kind)
    .where('token', '=', token)
    .executeTakeFirst();
  return row && { municipalityId: row.municipality_id, refId: row.ref_id };
}

/** Records a new token for a row; fails (unique violation) if any municipality already holds it. */
export async function registerToken(db: Db, kind: TokenKind, token: string, tenant: Tenant, refId: string) {
  await db
    .insertInto('token_directory')
    .values({ kind, token, municipality_id: tenant.municipalityId, ref_id: refId })
    .execute();
}

/** Replaces a row's token of this kind (rotation), or removes it when `token` is null (revocation). */
export async function replaceToken(
  db: Db,
  kind: TokenKind,
  tenant: Tenant,
  refId: string,
  token: string | null,
) {
  await db
    .deleteFrom('token_directory')
    .where('kind', '=', kind)
    .where('municipality_id', '=', tenant.municipalityId)
    .where('ref_id', '=', refId)
    .execute();
  if (token !== null) await registerToken(db, kind, token, tenant, refId);
}
