import type { ProblemInput } from '../../../shared/api/improvement/board.ts';
import type { Tenant } from '../../auth/context.ts';
import type { Db } from '../common.ts';
import type { EvidenceKind } from '../tables.ts';

const POOL_LIMIT = 300;

export function listProblems(db: Db, tenant: Tenant) {
  return db
    .selectFrom('improvement_problem')
    .select(['id', 'title', 'description'])
    .where('municipality_id', '=', tenant.municipalityId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function listEvidence(db: Db, tenant: Tenant) {
  return db
    .selectFrom('improvement_evidence')
    .select(['kind', 'ref', 'problem_id', 'label'])
    .where('municipality_id', '=', tenant.municipalityId)
    .orderBy('created_at')
    .execute();
}

/** Observations and quotes not yet placed in any problem, newest first. */
export async function listPool(db: Db, tenant: Tenant) {
  const placed = (kind: EvidenceKind) =>
    db
      .selectFrom('improvement_evidence as e')
      .select('e.ref')
      .where('e.municipality_id', '=', tenant.municipalityId)
      .where('e.kind', '=', kind);
  const observations = await db
    .selectFrom('improvement_observation')
    .select(['id', 'what as label'])
    .where('municipality_id', '=', tenant.municipalityId)
    .where((eb) => eb.not(eb(eb.cast('id', 'text'), 'in', placed('observation'))))
    .orderBy('observed_at', 'desc')
    .limit(POOL_LIMIT)
    .execute();
  const quotes = await db
    .selectFrom('improvement_quote')
    .select(['id', 'body as label'])
    .where('municipality_id', '=', tenant.municipalityId)
    .where((eb) => eb.not(eb(eb.cast('id', 'text'), 'in', placed('quote'))))
    .limit(POOL_LIMIT)
    .execute();
  return [
    ...observations.map((o) => ({ kind: 'observation' as const, ref: o.id, label: o.label })),
    ...quotes.map((q) => ({ kind: 'quote' as const, ref: q.id, label: q.label })),
  ];
}

export function findProblem(db: Db, tenant: Tenant, id: string) {
  return db
    .selectFrom('improvement_problem')
    .select(['id', 'title', 'description'])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function insertProblem(db: Db, tenant: Tenant, userId: string, input: ProblemInput) {
  return db
    .insertInto('improvement_problem')
    .values({ municipality_id: tenant.municipalityId, ...input, created_by: userId })
    .returning(['id', 'title', 'description'])
    .executeTakeFirstOrThrow();
}

export function updateProblem(db: Db, tenant: Tenant, id: string, patch: Partial<ProblemInput>) {
  return db
    .updateTable('improvement_problem')
    .set(patch)
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .returning(['id', 'title', 'description'])
    .executeTakeFirst();
}

export async function deleteProblem(db: Db, tenant: Tenant, id: string): Promise<boolean> {
  const r = await db
    .deleteFrom('improvement_problem')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Puts a piece of evidence in a problem; it leaves any problem it was in before. */
export async function placeEvidence(
  db: Db,
  tenant: Tenant,
  row: { kind: EvidenceKind; ref: string; problemId: string; label: string },
) {
  await db
    .insertInto('improvement_evidence')
    .values({
      municipality_id: tenant.municipalityId,
      kind: row.kind,
      ref: row.ref,
      problem_id: row.problemId,
      label: row.label,
    })
    .onConflict((oc) =>
      oc
        .columns(['municipality_id', 'kind', 'ref'])
        .doUpdateSet({ problem_id: row.problemId, label: row.label }),
    )
    .execute();
}

export async function removeEvidence(db: Db, tenant: Tenant, kind: EvidenceKind, ref: string) {
  await db
    .deleteFrom('improvement_evidence')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('kind', '=', kind)
    .where('ref', '=', ref)
    .execute();
}
