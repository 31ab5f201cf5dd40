import type { CreateInterviewInput, InterviewDto } from '../../../shared/api/improvement/interviews.ts';
import { recordAudit } from '../../audit/repository.ts';
import type { AuthContext } from '../../auth/context.ts';
import { invalidField, notFound } from '../../http/app-error.ts';
import { type Db, screened } from '../common.ts';
import { existingUnitIds } from '../observations/repository.ts';
import * as repo from './repository.ts';

/** Interviews with their quotes, as the API shows them. */
export async function listInterviews(db: Db, auth: AuthContext, id?: string): Promise<InterviewDto[]> {
  const rows = await repo.listInterviews(db, auth, id);
  const quotes = await repo.listQuotes(
    db,
    auth,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    heldAt: r.held_at.toISOString().slice(0, 10),
    role: r.role,
    profession: r.profession,
    consent: r.consent,
    guide: r.guide,
    notes: r.notes,
    quotes: quotes.filter((q) => q.interview_id === r.id).map((q) => ({ id: q.id, body: q.body })),
  }));
}

/**
 * Records an interview. Notes and quotes are screened for identifiers first; the profession is kept only
 * for employees, since a citizen's job could help identify them.
 */
export async function createInterview(db: Db, auth: AuthContext, input: CreateInterviewInput) {
  if (input.unitId && !(await existingUnitIds(db, auth, [input.unitId])).has(input.unitId)) {
    throw invalidField('unitId', 'unknown_reference');
  }
  const id = await repo.insertInterview(db, auth, auth.userId, {
    ...input,
    profession: input.role === 'employee' ? input.profession : null,
    notes: screened(auth, input.notes),
    guide: screened(auth, input.guide),
    quotes: input.quotes.map((q) => screened(auth, q)),
  });
  await recordAudit(
    db,
    auth,
    auth.userId,
    'improvement.interview_create',
    { type: 'interview', id },
    { role: input.role },
  );
  const [created] = await listInterviews(db, auth, id);
  if (!created) throw notFound();
  return created;
}

/** Deletes an interview, e.g. when consent is withdrawn. */
export async function deleteInterview(db: Db, auth: AuthContext, id: string) {
  if (!(await repo.deleteInterview(db, auth, id))) throw notFound();
  await recordAudit(db, auth, auth.userId, 'improvement.interview_delete', { type: 'interview', id }, {});
}
