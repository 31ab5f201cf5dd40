import type { Kysely } from 'kysely';
import { effectiveLocale } from '../../shared/i18n/locale.ts';
import { recordAudit } from '../audit/repository.ts';
import type { AppUser, Database } from '../db/types.ts';
import { AppError, invalidField } from '../http/app-error.ts';
import { passwordLoginEnabled } from '../sso/repository.ts';
import type { AuthContext, Tenant } from './context.ts';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password.ts';
import * as repo from './repository.ts';
import { hashToken, newSecret, SESSION_TTL_MS } from './session-token.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

/**
 * Checks the credentials and opens a session. Repeated failures lock the account for a while;
 * an unknown e-mail costs the same time as a wrong password and gives the same answer.
 */
export async function login(db: Kysely<Database>, email: string, password: string, now = new Date()) {
  const user = await repo.findAccountByEmail(db, email);
  if (!user) {
    await verifyAgainstDummy(password);
    throw new AppError('invalid_credentials');
  }
  const tenant = { municipalityId: user.municipality_id };
  if (user.locked_until && user.locked_until > now) {
    const minutes = Math.ceil((user.locked_until.getTime() - now.getTime()) / 60_000);
    throw new AppError('account_locked', { minutes });
  }
  if (!(await verifyPassword(user.password_hash, password))) {
    const failures = user.failed_logins + 1;
    const lockUntil = failures >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
    await db.transaction().execute(async (tx) => {
      await repo.recordFailedLogin(tx, tenant, user.id, lockUntil);
      await recordAudit(
        tx,
        tenant,
        null,
        'auth.login_failed',
        { type: 'user', id: user.id },
        {
          email: user.email,
          locked: lockUntil !== null,
        },
      );
    });
    if (lockUntil) throw new AppError('account_locked', { minutes: LOCK_MINUTES });
    throw new AppError('invalid_credentials');
  }
  if (!user.active) throw new AppError('account_inactive');
  // Password login switched off for the municipality: only admins keep it, as break-glass.
  if (user.role !== 'admin' && !(await passwordLoginEnabled(db, tenant)))
    throw new AppError('password_login_disabled');
  return openSession(db, user, { now });
}

/**
 * Opens a session for an account that has proven who it is (password or identity provider):
 * the session row, the login stamp and the audit entry in one transaction. `within` adds the
 * caller's own rows (e.g. which provider signed the person in) to that transaction.
 */
export async function openSession(
  db: Kysely<Database>,
  user: AppUser,
  options: {
    now?: Date;
    details?: Record<string, unknown>;
    within?: (tx: Kysely<Database>, tokenHash: string) => Promise<void>;
  } = {},
) {
  const now = options.now ?? new Date();
  const tenant = { municipalityId: user.municipality_id };
  const token = newSecret();
  const csrfToken = newSecret(24);
  await db.transaction().execute(async (tx) => {
    await repo.insertSession(tx, {
      municipalityId: user.municipality_id,
      tokenHash: hashToken(token),
      userId: user.id,
      csrfToken,
      expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
    });
    await repo.recordSuccessfulLogin(tx, tenant, user.id, now);
    await recordAudit(
      tx,
      tenant,
      user.id,
      'auth.login',
      { type: 'user', id: user.id },
      options.details ?? {},
    );
    await options.within?.(tx, hashToken(token));
  });
  const auth: AuthContext = {
    userId: user.id,
    municipalityId: user.municipality_id,
    role: user.role,
    locale: effectiveLocale(user.locale, await repo.findCountry(db, tenant)),
    localeChosen: user.locale !== null,
    email: user.email,
    name: user.name,
    csrfToken,
    tokenHash: hashToken(token),
    mustChangePassword: user.must_change_password,
  };
  return { token, auth };
}

/** Resolves a session cookie to the signed-in user, sliding the expiry forward on use. */
export async function resolveSession(db: Kysely<Database>, tenant: Tenant, token: string, now = new Date()) {
  const tokenHash = hashToken(token);
  const row = await repo.findSession(db, tenant, tokenHash);
  if (!row) return { status: 'none' as const };
  if (row.expires_at <= now || !row.active) {
    await repo.deleteSession(db, tenant, tokenHash);
    return { status: 'expired' as const };
  }
  // Extend only when less than half the lifetime is left: one write per few hours, not per request.
  if (row.expires_at.getTime() - now.getTime() < SESSION_TTL_MS / 2) {
    await repo.extendSession(db, tenant, tokenHash, new Date(now.getTime() + SESSION_TTL_MS));
  }
  const auth: AuthContext = {
    userId: row.user_id,
    municipalityId: tenant.municipalityId,
    role: row.role,
    locale: effectiveLocale(row.locale, row.country),
    localeChosen: row.locale !== null,
    email: row.email,
    name: row.name,
    csrfToken: row.csrf_token,
    tokenHash,
    mustChangePassword: row.must_change_password,
  };
  return { status: 'ok' as const, auth };
}

/** Ends the current session and records it. */
export async function logout(db: Kysely<Database>, auth: AuthContext) {
  await db.transaction().execute(async (tx) => {
    await repo.deleteSession(tx, auth, auth.tokenHash);
    await recordAudit(tx, auth, auth.userId, 'auth.logout', { type: 'user', id: auth.userId }, {});
  });
}

/**
 * The owner changes their own password: the current one must be right. Other sessions end, so a
 * password change also throws out anyone who had taken over the account.
 */
export async function changeOwnPassword(
  db: Kysely<Database>,
  auth: AuthContext,
  current: string,
  next: string,
) {
  const stored = await repo.findPasswordHash(db, auth, auth.userId);
  if (!stored || !(await verifyPassword(stored, current)))
    throw invalidField('currentPassword', 'wrong_password');
  await repo.setOwnPassword(db, auth, auth.userId, await hashPassword(next));
  await repo.deleteOtherSessions(db, auth, auth.userId, auth.tokenHash);
  await recordAudit(db, auth, auth.userId, 'auth.password_changed', { type: 'user', id: auth.userId }, {});
}
