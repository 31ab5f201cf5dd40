import type { IdeaDto, IdeaInput, IdeaPatchInput } from '../../../shared/api/improvement/ideas.ts';
import { recordAudit } from '../../audit/repository.ts';
import type { AuthContext } from '../../auth/context.ts';
import { invalidField, notFound } from '../../http/app-error.ts';
import type { Db } from '../common.ts';
import * as repo from './repository.ts';

/** Ideas, most votes first, with the problems they address. */
export async function listIdeas(db: Db, auth: AuthContext, id?: string): Promise<IdeaDto[]> {
  const [ideas, links] = await Promise.all([repo.listIdeas(db, auth, id), repo.listIdeaProblems(db, auth)]);
  return ideas.map((i) => ({
    id: i.id,
    title: i.title,
    description: i.description,
    professions: i.professions,
    effort: i.effort,
    impact: i.impact,
    votes: i.votes,
    status: i.status,
    problemIds: links.filter((l) => l.idea_id === i.id).map((l) => l.problem_id),
    createdAt: i.created_at.toISOString(),
  }));
}

async function one(db: Db, auth: AuthContext, id: string) {
  const [idea] = await listIdeas(db, auth, id);
  if (!idea) throw notFound();
  return idea;
}

async function checkProblems(db: Db, auth: AuthContext, ids: string[]) {
  const unique = [...new Set(ids)];
  const known = await repo.existingProblemIds(db, auth, unique);
  if (known.size !== unique.length) throw invalidField('problemIds', 'unknown_reference');
  return unique;
}

export async function createIdea(db: Db, auth: AuthContext, input: IdeaInput) {
  const { problemIds, ...columns } = input;
  const problems = await checkProblems(db, auth, problemIds);
  const { id } = await repo.insertIdea(db, auth, auth.userId, {
    ...columns,
    professions: [...new Set(columns.professions)],
  });
  await repo.setIdeaProblems(db, auth, id, problems);
  await recordAudit(
    db,
    auth,
    auth.userId,
    'improvement.idea_create',
    { type: 'idea', id },
    { title: input.title },
  );
  return one(db, auth, id);
}

export async function updateIdea(db: Db, auth: AuthContext, id: string, input: IdeaPatchInput) {
  const { problemIds, ...columns } = input;
  await one(db, auth, id);
  if (Object.keys(columns).length > 0) await repo.updateIdea(db, auth, id, columns);
  if (problemIds) await repo.setIdeaProblems(db, auth, id, await checkProblems(db, auth, problemIds));
  await recordAudit(db, auth, auth.userId, 'improvement.idea_update', { type: 'idea', id }, { ...input });
  return one(db, auth, id);
}

/** One workshop vote up or down. Not audited: a vote is a sticky dot, not a decision. */
export async function voteIdea(db: Db, auth: AuthContext, id: string, delta: 1 | -1) {
  if (!(await repo.vote(db, auth, id, delta))) throw notFound();
  return one(db, auth, id);
}
