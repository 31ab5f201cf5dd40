import { sql, type Updateable } from 'kysely';
import type { IdeaInput } from '../../../shared/api/improvement/ideas.ts';
import type { Tenant } from '../../auth/context.ts';
import type { Db } from '../common.ts';
import type { ImprovementIdeaTable } from '../tables.ts';

type IdeaColumns = Omit<IdeaInput, 'problemIds'>;
type IdeaSet = Updateable<ImprovementIdeaTable>;

export function listIdeas(db: Db, tenant: Tenant, id?: string) {
  let q = db.selectFrom('improvement_idea').selectAll().where('municipality_id', '=', tenant.municipalityId);
  if (id) q = q.where('id', '=', id);
  return q.orderBy('votes', 'desc').orderBy('created_at').execute();
}

export function listIdeaProblems(db: Db, tenant: Tenant) {
  return db
    .selectFrom('improvement_idea_problem')
    .select(['idea_id', 'problem_id'])
    .where('municipality_id', '=', tenant.municipalityId)
    .execute();
}

export function insertIdea(db: Db, tenant: Tenant, userId: string, input: IdeaColumns) {
  return db
    .insertInto('improvement_idea')
    .values({ municipality_id: tenant.municipalityId, ...input, created_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateIdea(db: Db, tenant: Tenant, id: string, patch: IdeaSet): Promise<boolean> {
  const r = await db
    .updateTable('improvement_idea')
    .set(patch)
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Adds or removes a vote in one statement, never below zero, so quick taps from many hands add up. */
export async function vote(db: Db, tenant: Tenant, id: string, delta: 1 | -1): Promise<boolean> {
  const r = await db
    .updateTable('improvement_idea')
    .set({ votes: sql`greatest(0, votes + ${delta})` })
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Replaces the problems an idea addresses. */
export async function setIdeaProblems(db: Db, tenant: Tenant, ideaId: string, problemIds: string[]) {
  await db
    .deleteFrom('improvement_idea_problem')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('idea_id', '=', ideaId)
    .execute();
  if (problemIds.length === 0) return;
  await db
    .insertInto('improvement_idea_problem')
    .values(
      problemIds.map((problem_id) => ({
        municipality_id: tenant.municipalityId,
        idea_id: ideaId,
        problem_id,
      })),
    )
    .execute();
}

/** The ids among `ids` that are problems of this municipality. */
export async function existingProblemIds(db: Db, tenant: Tenant, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('improvement_problem')
    .select('id')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}
