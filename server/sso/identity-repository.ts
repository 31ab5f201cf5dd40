import type { Kysely } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';

type Db = Kysely<Database>;

/** The account a provider's subject is linked to, if any. */
export function findLinkedUser(db: Db, tenant: Tenant, providerId: string, subject: string) {
  return db
    .selectFrom('sso_identity as i')
    .innerJoin('app_user as u', (j) =>
      j.onRef('u.municipality_id', '=', 'i.municipality_id').onRef('u.id', '=', 'i.user_id'),
    )
    .selectAll('u')
    .where('i.municipality_id', '=', tenant.municipalityId)
    .where('i.provider_id', '=', providerId)
    .where('i.subject', '=', subject)
    .executeTakeFirst();
}

/** An account of this municipality with the e-mail (an existing password account to link). */
export function findUserByEmail(db: Db, tenant: Tenant, email: string) {
  return db
    .selectFrom('app_user')
    .selectAll()
    .where('municipality_id', '=', tenant.municipalityId)
    .where('email', '=', email)
    .executeTakeFirst();
}

export async function linkIdentity(
  db: Db,
  tenant: Tenant,
  providerId: string,
  subject: string,
  userId: string,
) {
  await db
    .insertInto('sso_identity')
    .values({ municipality_id: tenant.municipalityId, provider_id: providerId, subject, user_id: userId })
    .execute();
}
