import type { Kysely } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';

/** What an audit entry is about. */
export interface AuditTarget {
  type: string;
  id: string;
}

/**
 * Appends to the audit log in the caller's transaction, so the entry exists exactly when the
 * action it describes was committed.
 */
export async function recordAudit(
  db: Kysely<Database>,
  tenant: Tenant,
  actorUserId: string | null,
  action: string,
  target: AuditTarget | null,
  details: Record<string, unknown>,
  /** When it happened, for work driven by an injected clock (retention); the database's now() otherwise. */
  at?: Date,
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      ...(at ? { at } : {}),
      municipality_id: tenant.municipalityId,
      actor_user_id: actorUserId,
      action,
      target_type: target?.type ?? null,
      target_id: target?.id ?? null,
      details: JSON.stringify(details),
    })
    .execute();
}

/** One page of the log, newest first, with the actor's e-mail. */
export function listAudit(
  db: Kysely<Database>,
  tenant: Tenant,
  options: { limit: number; before?: string | undefined },
) {
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('app_user as u', (j) =>
      j.onRef('u.municipality_id', '=', 'a.municipality_id').onRef('u.id', '=', 'a.actor_user_id'),
    )
    .select([
      'a.id',
      'a.at',
      'a.action',
      'a.target_type',
      'a.target_id',
      'a.details',
      'a.actor_user_id',
      'u.email as actor_email',
    ])
    .where('a.municipality_id', '=', tenant.municipalityId)
    .orderBy('a.id', 'desc')
    .limit(options.limit);
  if (options.before) query = query.where('a.id', '<', Number(options.before));
  return query.execute();
}
