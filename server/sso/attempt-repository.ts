import type { Kysely } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';

type Db = Kysely<Database>;

/** Login attempts live ten minutes: long enough for a slow MFA prompt, short for a stolen link. */
export const ATTEMPT_TTL_MS = 10 * 60 * 1000;

export async function insertAttempt(
  db: Db,
  tenant: Tenant,
  row: {
    state: string;
    providerId: string;
    browserHash: string;
    nonce?: string;
    codeVerifier?: string;
    requestId?: string;
  },
  now = new Date(),
) {
  // Old attempts of the municipality go with each new one: the table stays small without a job.
  await db
    .deleteFrom('sso_login_attempt')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('expires_at', '<', now)
    .execute();
  await db
    .insertInto('sso_login_attempt')
    .values({
      municipality_id: tenant.municipalityId,
      state: row.state,
      provider_id: row.providerId,
      browser_hash: row.browserHash,
      nonce: row.nonce ?? null,
      code_verifier: row.codeVerifier ?? null,
      request_id: row.requestId ?? null,
      expires_at: new Date(now.getTime() + ATTEMPT_TTL_MS),
    })
    .execute();
}

/**
 * Takes the attempt out (DELETE … RETURNING): whatever happens next, the same state, SAML
 * request id or provider answer cannot be used a second time.
 */
export function takeAttempt(db: Db, tenant: Tenant, state: string) {
  return db
    .deleteFrom('sso_login_attempt')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('state', '=', state)
    .returningAll()
    .executeTakeFirst();
}

/** Remembers which provider opened a session, and what its logout needs (encrypted). */
export async function insertSsoSession(
  db: Db,
  tenant: Tenant,
  row: { tokenHash: string; providerId: string; logoutCiphertext: string | null },
) {
  await db
    .insertInto('sso_session')
    .values({
      municipality_id: tenant.municipalityId,
      token_hash: row.tokenHash,
      provider_id: row.providerId,
      logout_ciphertext: row.logoutCiphertext,
    })
    .execute();
}

export function findSsoSession(db: Db, tenant: Tenant, tokenHash: string) {
  return db
    .selectFrom('sso_session')
    .selectAll()
    .where('municipality_id', '=', tenant.municipalityId)
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}
