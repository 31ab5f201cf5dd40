import type {
  EvidenceDto,
  PlaceEvidenceInput,
  ProblemDto,
  ProblemInput,
} from '../../../shared/api/improvement/board.ts';
import { recordAudit } from '../../audit/repository.ts';
import type { AuthContext } from '../../auth/context.ts';
import { invalidField, notFound } from '../../http/app-error.ts';
import { type Db, screened } from '../common.ts';
import type { EvidenceKind } from '../tables.ts';
import * as repo from './repository.ts';
import { isJourneyRef, observationText, quoteText, surveyText } from './sources.ts';

const EMPTY_COUNTS = (): Record<EvidenceKind, number> => ({
  observation: 0,
  quote: 0,
  survey_text: 0,
  journey_pain: 0,
});

function toProblem(
  p: { id: string; title: string; description: string },
  evidence: EvidenceDto[],
): ProblemDto {
  const counts = EMPTY_COUNTS();
  for (const e of evidence) counts[e.kind] += 1;
  return { id: p.id, title: p.title, description: p.description, evidence, counts };
}

/** The affinity board: every problem with its evidence and counts, and the evidence not yet grouped. */
export async function loadBoard(db: Db, auth: AuthContext) {
  const [problems, evidence, pool] = await Promise.all([
    repo.listProblems(db, auth),
    repo.listEvidence(db, auth),
    repo.listPool(db, auth),
  ]);
  return {
    problems: problems.map((p) =>
      toProblem(
        p,
        evidence
          .filter((e) => e.problem_id === p.id)
          .map((e) => ({ kind: e.kind, ref: e.ref, label: e.label })),
      ),
    ),
    pool,
  };
}

export async function createProblem(db: Db, auth: AuthContext, input: ProblemInput) {
  const problem = await repo.insertProblem(db, auth, auth.userId, {
    ...input,
    description: screened(auth, input.description),
  });
  await recordAudit(
    db,
    auth,
    auth.userId,
    'improvement.problem_create',
    { type: 'problem', id: problem.id },
    { title: problem.title },
  );
  return toProblem(problem, []);
}

export async function updateProblem(db: Db, auth: AuthContext, id: string, patch: Partial<ProblemInput>) {
  const problem =
    Object.keys(patch).length > 0
      ? await repo.updateProblem(db, auth, id, patch)
      : await repo.findProblem(db, auth, id);
  if (!problem) throw notFound();
  const board = await loadBoard(db, auth);
  return board.problems.find((p) => p.id === id) ?? toProblem(problem, []);
}

export async function deleteProblem(db: Db, auth: AuthContext, id: string) {
  if (!(await repo.deleteProblem(db, auth, id))) throw notFound();
  await recordAudit(db, auth, auth.userId, 'improvement.problem_delete', { type: 'problem', id }, {});
}

/** The label stored beside a reference, read from its source so the board shows what was said. */
async function resolveLabel(
  db: Db,
  auth: AuthContext,
  input: PlaceEvidenceInput,
): Promise<string | undefined> {
  switch (input.kind) {
    case 'observation':
      return observationText(db, auth, input.ref);
    case 'quote':
      return quoteText(db, auth, input.ref);
    case 'survey_text':
      return surveyText(db, auth, input.ref);
    case 'journey_pain':
      return isJourneyRef(input.ref) && input.label ? screened(auth, input.label) : undefined;
  }
}

/** Groups one piece of evidence into a problem, moves it to another, or (problemId null) ungroups it. */
export async function placeEvidence(db: Db, auth: AuthContext, input: PlaceEvidenceInput) {
  if (input.problemId === null) {
    await repo.removeEvidence(db, auth, input.kind, input.ref);
    return;
  }
  if (!(await repo.findProblem(db, auth, input.problemId)))
    throw invalidField('problemId', 'unknown_reference');
  const label = await resolveLabel(db, auth, input);
  if (label === undefined) throw invalidField('ref', 'unknown_reference');
  await repo.placeEvidence(db, auth, {
    kind: input.kind,
    ref: input.ref,
    problemId: input.problemId,
    label: label.slice(0, 500),
  });
}
