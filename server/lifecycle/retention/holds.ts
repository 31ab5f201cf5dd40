import { type Kysely, sql } from 'kysely';
import type { LegalHold } from '../../../shared/api/lifecycle.ts';
import { recordAudit } from '../../audit/repository.ts';
import type { AuthContext, Tenant } from '../../auth/context.ts';
import type { Database } from '../../db/types.ts';
import { notFound } from '../../http/app-error.ts';

type Db = Kysely<Database>;
type TargetType = LegalHold['targetType'];

/** Everything that can be put on hold, with its name: surveys, journeys and event logs. */
export async function holdTargets(db: Db, tenant: Tenant) {
  const r = await sql<{ target_type: TargetType; target_id: string; name: string }>`
    select 'survey' as target_type, id::text as target_id, title as name from survey where municipality_id = ${tenant.municipalityId}
    union all select 'journey', id::text, title from journey where municipality_id = ${tenant.municipalityId}
    union all select 'eventlog', id::text, name from eventlog where municipality_id = ${tenant.municipalityId}
    order by 1, 3`.execute(db);
  return r.rows.map((t) => ({ targetType: t.target_type, targetId: t.target_id, name: t.name }));
}

export async function listHolds(db: Db, tenant: Tenant): Promise<LegalHold[]> {
  const [holds, targets] = await Promise.all([
    db
      .selectFrom('legal_hold')
      .select(['target_type', 'target_id', 'reason', 'created_at'])
      .where('municipality_id', '=', tenant.municipalityId)
      .orderBy('created_at')
      .execute(),
    holdTargets(db, tenant),
  ]);
  const names = new Map(targets.map((t) => [`${t.targetType}:${t.targetId}`, t.name]));
  return holds.map((h) => ({
    targetType: h.target_type,
    targetId: h.target_id,
    targetName: names.get(`${h.target_type}:${h.target_id}`) ?? null,
    reason: h.reason,
    createdAt: h.created_at.toISOString(),
  }));
}

/** Puts a survey, journey or event log of the caller's municipality on hold (404 for anything else). */
export async function addHold(
  db: Db,
  auth: AuthContext,
  targetType: TargetType,
  targetId: string,
  reason: string,
) {
  const exists = (await holdTargets(db, auth)).some(
    (t) => t.targetType === targetType && t.targetId === targetId,
  );
  if (!exists) throw notFound();
  await db
    .insertInto('legal_hold')
    .values({
      municipality_id: auth.municipalityId,
      target_type: targetType,
      target_id: targetId,
      reason,
      created_by: auth.userId,
    })
    .onConflict((c) => c.columns(['municipality_id', 'target_type', 'target_id']).doUpdateSet({ reason }))
    .execute();
  await recordAudit(db, auth, auth.userId, 'legal_hold.add', { type: targetType, id: targetId }, { reason });
}

export async function removeHold(db: Db, auth: AuthContext, targetType: TargetType, targetId: string) {
  const r = await db
    .deleteFrom('legal_hold')
    .where('municipality_id', '=', auth.municipalityId)
    .where('target_type', '=', targetType)
    .where('target_id', '=', targetId)
    .executeTakeFirst();
  if (Number(r.numDeletedRows) === 0) throw notFound();
  await recordAudit(db, auth, auth.userId, 'legal_hold.remove', { type: targetType, id: targetId }, {});
}
