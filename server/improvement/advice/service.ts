import type { AdviceDto, AdviceInput } from '../../../shared/api/improvement/advice.ts';
import { recordAudit } from '../../audit/repository.ts';
import type { AuthContext } from '../../auth/context.ts';
import { requireReferences } from '../../db/references.ts';
import { notFound } from '../../http/app-error.ts';
import type { Db } from '../common.ts';
import * as repo from './repository.ts';

function present(r: repo.AdviceRow): AdviceDto {
  return {
    id: r.id,
    title: r.title,
    what: r.what,
    why: r.why,
    evidence: r.evidence,
    initiativeId: r.initiative_id,
    initiativeTitle: r.initiative_title,
    createdAt: r.created_at.toISOString(),
  };
}

export async function listAdvice(db: Db, auth: AuthContext) {
  return (await repo.listAdvice(db, auth)).map(present);
}

/** Adds a tested practice to the municipality's library. */
export async function createAdvice(db: Db, auth: AuthContext, input: AdviceInput) {
  await requireReferences(db, auth, [
    { path: 'initiativeId', table: 'improvement_initiative', id: input.initiativeId },
  ]);
  const { id } = await repo.insertAdvice(db, auth, auth.userId, input);
  await recordAudit(
    db,
    auth,
    auth.userId,
    'improvement.advice_create',
    { type: 'advice', id },
    { title: input.title },
  );
  const [row] = await repo.listAdvice(db, auth, id);
  if (!row) throw notFound();
  return present(row);
}

export async function deleteAdvice(db: Db, auth: AuthContext, id: string) {
  if (!(await repo.deleteAdvice(db, auth, id))) throw notFound();
  await recordAudit(db, auth, auth.userId, 'improvement.advice_delete', { type: 'advice', id }, {});
}
