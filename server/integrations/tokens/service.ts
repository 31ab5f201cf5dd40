import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Scope, TokenCreateBody } from '../../../shared/api/integrations.ts';
import { effectiveLocale } from '../../../shared/i18n/locale.ts';
import { recordAudit } from '../../audit/repository.ts';
import type { AuthContext } from '../../auth/context.ts';
import type { Database } from '../../db/types.ts';
import { notFound } from '../../http/app-error.ts';
import { presentToken } from './presenter.ts';
import * as repo from './repository.ts';
import {
  formatToken,
  hashTokenSecret,
  newTokenSecret,
  type ParsedToken,
  secretMatches,
} from './token-format.ts';

type Db = Kysely<Database>;
const DAY_MS = 86_400_000;
/** "Last used" is written at most this often per token: one UPDATE a minute, not one per request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/** Creates a token; the secret is in the answer and nowhere else. */
export async function createToken(db: Db, auth: AuthContext, input: z.infer<typeof TokenCreateBody>) {
  const id = randomUUID();
  const secret = newTokenSecret();
  const now = new Date();
  const scopes = [...new Set(input.scopes)];
  return db.transaction().execute(async (tx) => {
    const row = await repo.insertToken(tx, auth, {
      id,
      name: input.name,
      scopes,
      secretHash: hashTokenSecret(secret),
      createdBy: auth.userId,
      expiresAt: new Date(now.getTime() + input.expiresInDays * DAY_MS),
    });
    await recordAudit(
      tx,
      auth,
      auth.userId,
      'api_token.create',
      { type: 'api_token', id },
      {
        name: input.name,
        scopes,
        expiresAt: row.expires_at.toISOString(),
      },
    );
    return {
      token: presentToken({ ...row, creator_name: auth.name }, now),
      secret: formatToken(auth.municipalityId, id, secret),
    };
  });
}

export async function listTokens(db: Db, auth: AuthContext) {
  const now = new Date();
  return { tokens: (await repo.listTokens(db, auth)).map((r) => presentToken(r, now)) };
}

export async function revokeToken(db: Db, auth: AuthContext, id: string) {
  await db.transaction().execute(async (tx) => {
    const row = await repo.revokeToken(tx, auth, id, new Date());
    if (!row) throw notFound();
    await recordAudit(
      tx,
      auth,
      auth.userId,
      'api_token.revoke',
      { type: 'api_token', id },
      { name: row.name },
    );
  });
}

/**
 * The caller behind a bearer token, or undefined when the token is unknown, wrong, revoked, expired
 * or its creator's account is inactive. The token acts as its creator, limited to its scopes.
 */
export async function resolveToken(db: Db, token: ParsedToken, now = new Date()) {
  const tenant = { municipalityId: token.municipalityId };
  const row = await repo.findTokenForAuth(db, tenant, token.tokenId);
  if (!row || !secretMatches(token.secret, row.secret_hash)) return undefined;
  if (row.revoked_at || row.expires_at <= now || !row.active) return undefined;
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() >= LAST_USED_RESOLUTION_MS) {
    await repo.touchToken(db, tenant, row.id, now);
  }
  const auth: AuthContext = {
    userId: row.user_id,
    municipalityId: token.municipalityId,
    role: row.role,
    locale: effectiveLocale(row.locale, row.country),
    localeChosen: row.locale !== null,
    email: row.email,
    name: row.user_name,
    csrfToken: '',
    tokenHash: '',
    mustChangePassword: false,
    apiTokenId: row.id,
  };
  return { auth, scopes: row.scopes as Scope[] };
}
