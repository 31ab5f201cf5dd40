import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { RefusalReason } from '../../shared/api/sso.ts';
import { recordAudit } from '../audit/repository.ts';
import type { Tenant } from '../auth/context.ts';
import { deleteUserSessions } from '../auth/repository.ts';
import { openSession } from '../auth/service.ts';
import type { AppUser, Database } from '../db/types.ts';
import * as users from '../users/repository.ts';
import { insertSsoSession } from './attempt-repository.ts';
import { findLinkedUser, findUserByEmail, linkIdentity } from './identity-repository.ts';
import { applyMappingRules, type Claims } from './mapping.ts';
import { type ProviderRow, rulesByProvider } from './repository.ts';

type Db = Kysely<Database>;

/** Not an argon2 hash: password verification fails for it, so an SSO-made account has no password. */
export const NO_PASSWORD = '!sso-only';

/** Who the provider says signed in. */
export interface ProviderIdentity {
  subject: string;
  email: string | null;
  name: string | null;
  claims: Claims;
}

export type SignInResult =
  | { ok: true; token: string; auth: Awaited<ReturnType<typeof openSession>>['auth'] }
  | { ok: false; reason: RefusalReason };

/** Records a refused login: the admin sees every attempt in the audit log. */
export async function recordRefusal(
  db: Db,
  tenant: Tenant,
  provider: { id: string; name: string },
  reason: RefusalReason,
  details: Record<string, unknown>,
) {
  await recordAudit(
    db,
    tenant,
    null,
    'sso.login_refused',
    { type: 'sso_provider', id: provider.id },
    {
      provider: provider.name,
      reason,
      ...details,
    },
  );
}

/** A stand-in e-mail for providers that send none (Ansattporten): unique, never deliverable. */
function placeholderEmail(providerId: string, subject: string) {
  const h = createHash('sha256').update(`${providerId}:${subject}`).digest('hex').slice(0, 20);
  return `${h}@sso.invalid`;
}

/**
 * Finds or creates (just in time) the account, applies the mapping rules and opens a session.
 * Runs at every login, so role and units follow the provider. Deactivated in Borgerblik means
 * refused, whatever the provider says. `logout` stores the provider's logout data with the session.
 */
export async function signInFromProvider(
  db: Db,
  provider: ProviderRow,
  identity: ProviderIdentity,
  method: 'oidc' | 'saml',
  logout: (tokenHash: string) => string | null,
): Promise<SignInResult> {
  const tenant = { municipalityId: provider.municipality_id };
  const email = (identity.email ?? placeholderEmail(provider.id, identity.subject)).trim().toLowerCase();
  const who = { subject: identity.subject, email };
  const outcome = await db.transaction().execute(async (tx) => {
    const rules = (await rulesByProvider(tx, tenant, provider.id)).get(provider.id) ?? [];
    const mapping = applyMappingRules(rules, identity.claims);
    let user: AppUser | undefined =
      (await findLinkedUser(tx, tenant, provider.id, identity.subject)) ??
      (await findUserByEmail(tx, tenant, email));
    const refuse = async (reason: RefusalReason) => {
      await recordRefusal(tx, tenant, provider, reason, { ...who, userId: user?.id ?? null });
      return { ok: false as const, reason };
    };
    if (!mapping) return refuse('no_matching_rule');
    if (user && !user.active) return refuse('inactive');
    let created = false;
    if (!user) {
      if (await users.emailInUse(tx, email)) return refuse('email_taken');
      user = await users.insertUser(tx, tenant, {
        email,
        name: identity.name?.trim() || email,
        role: mapping.role,
        passwordHash: NO_PASSWORD,
      });
      user = await users.updateUser(tx, tenant, user.id, { must_change_password: false });
      created = true;
      await recordAudit(
        tx,
        tenant,
        null,
        'user.create',
        { type: 'user', id: user.id },
        {
          email,
          role: mapping.role,
          via: provider.name,
        },
      );
    }
    if (!(await findLinkedUser(tx, tenant, provider.id, identity.subject)))
      await linkIdentity(tx, tenant, provider.id, identity.subject, user.id);
    const unitIds = [...(await users.existingUnitIds(tx, tenant, mapping.unitIds))].sort();
    const before = (await users.unitIdsByUser(tx, tenant, user.id)).get(user.id) ?? [];
    const roleChanged = user.role !== mapping.role;
    if (roleChanged) {
      user = await users.updateUser(tx, tenant, user.id, { role: mapping.role });
      // Same rule as an admin's change: sessions opened under the old role end.
      await deleteUserSessions(tx, tenant, user.id);
    }
    const unitsChanged = before.join() !== unitIds.join();
    if (unitsChanged) await users.setUserUnits(tx, tenant, user.id, unitIds);
    return {
      ok: true as const,
      user,
      details: {
        method,
        provider: provider.name,
        providerId: provider.id,
        role: mapping.role,
        unitIds,
        matchedRules: mapping.matched,
        created,
        roleChanged,
        unitsChanged,
      },
    };
  });
  if (!outcome.ok) return outcome;
  const session = await openSession(db, outcome.user, {
    details: outcome.details,
    within: (tx, tokenHash) =>
      insertSsoSession(tx, tenant, {
        tokenHash,
        providerId: provider.id,
        logoutCiphertext: logout(tokenHash),
      }),
  });
  return { ok: true, ...session };
}
