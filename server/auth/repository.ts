import type { Kysely } from 'kysely';
import type { Database, Locale } from '../db/types.ts';
import { locateToken } from '../tokens/repository.ts';
import type { Tenant } from './context.ts';

type Db = Kysely<Database>;

/**
 * The account for a login e-mail. The login names no municipality: the token directory (where each
 * e-mail is unique) does, and the account is then read by its full key.
 */
export async function findAccountByEmail(db: Db, email: string) {
  const normalised = email.trim().toLowerCase();
  const entry = await locateToken(db, 'email', normalised);
  if (!entry) return undefined;
  return db
    .selectFrom('app_user')
    .selectAll()
    .where('municipality_id', '=', entry.municipalityId)
    .where('id', '=', entry.refId)
    .where('email', '=', normalised)
    .executeTakeFirst();
}

/** Counts a failed login and locks the account once the limit is reached. */
export async function recordFailedLogin(db: Db, tenant: Tenant, userId: string, lockUntil: Date | null) {
  await db
    .updateTable('app_user')
    .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1), locked_until: lockUntil }))
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', userId)
    .execute();
}

/** Clears the failure count and stamps the login. */
export async function recordSuccessfulLogin(db: Db, tenant: Tenant, userId: string, at: Date) {
  await db
    .updateTable('app_user')
    .set({ failed_logins: 0, locked_until: null, last_login_at: at })
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', userId)
    .execute();
}

export async function insertSession(
  db: Db,
  row: { municipalityId: string; tokenHash: string; userId: string; csrfToken: string; expiresAt: Date },
) {
  await db
    .insertInto('session')
    .values({
      municipality_id: row.municipalityId,
      token_hash: row.tokenHash,
      user_id: row.userId,
      csrf_token: row.csrfToken,
      expires_at: row.expiresAt,
    })
    .execute();
}

/** The session with its user, by the session's full key. Inactive users have no session. */
export function findSession(db: Db, tenant: Tenant, tokenHash: string) {
  return db
    .selectFrom('session as s')
    .innerJoin('app_user as u', (j) =>
      j.onRef('u.municipality_id', '=', 's.municipality_id').onRef('u.id', '=', 's.user_id'),
    )
    .innerJoin('municipality as m', 'm.id', 's.municipality_id')
    .select([
      's.token_hash',
      's.csrf_token',
      's.expires_at',
      'u.id as user_id',
      'u.role',
      'u.locale',
      'm.country',
      'u.email',
      'u.name',
      'u.active',
      'u.must_change_password',
    ])
    .where('s.municipality_id', '=', tenant.municipalityId)
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function extendSession(db: Db, tenant: Tenant, tokenHash: string, expiresAt: Date) {
  await db
    .updateTable('session')
    .set({ expires_at: expiresAt })
    .where('municipality_id', '=', tenant.municipalityId)
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function deleteSession(db: Db, tenant: Tenant, tokenHash: string) {
  await db
    .deleteFrom('session')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('token_hash', '=', tokenHash)
    .execute();
}

/** Ends every session of a user (deactivation, password reset). */
export async function deleteUserSessions(db: Db, tenant: Tenant, userId: string) {
  await db
    .deleteFrom('session')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('user_id', '=', userId)
    .execute();
}

/** The stored hash, to check the current password before a change. */
export async function findPasswordHash(db: Db, tenant: Tenant, userId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('app_user')
    .select('password_hash')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.password_hash;
}

/** Stores a new password chosen by the owner and clears the "must change" flag. */
export async function setOwnPassword(db: Db, tenant: Tenant, userId: string, passwordHash: string) {
  await db
    .updateTable('app_user')
    .set({ password_hash: passwordHash, must_change_password: false })
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', userId)
    .execute();
}

/** Ends the user's other sessions, keeping the one that made the change. */
export async function deleteOtherSessions(db: Db, tenant: Tenant, userId: string, keepTokenHash: string) {
  await db
    .deleteFrom('session')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('user_id', '=', userId)
    .where('token_hash', '!=', keepTokenHash)
    .execute();
}

export async function updateProfile(
  db: Db,
  tenant: Tenant,
  userId: string,
  patch: { locale?: Locale | null; name?: string },
) {
  if (patch.locale === undefined && patch.name === undefined) return;
  await db
    .updateTable('app_user')
    .set(patch)
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', userId)
    .execute();
}

/** The municipality's country, which sets its users' default language. */
export async function findCountry(db: Db, tenant: Tenant) {
  const row = await db
    .selectFrom('municipality')
    .select('country')
    .where('id', '=', tenant.municipalityId)
    .executeTakeFirstOrThrow();
  return row.country;
}

/** What the "me" answer needs beyond the session: the municipality and the user's units. */
export async function loadMe(db: Db, tenant: Tenant, userId: string) {
  const municipality = await db
    .selectFrom('municipality')
    .select(['id', 'name', 'slug', 'country', 'min_group_size'])
    .where('id', '=', tenant.municipalityId)
    .executeTakeFirstOrThrow();
  const units = await db
    .selectFrom('user_unit')
    .select('unit_id')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('user_id', '=', userId)
    .execute();
  return { municipality, unitIds: units.map((u) => u.unit_id) };
}
