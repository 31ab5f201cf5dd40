import type { CreateInterviewInput } from '../../../shared/api/improvement/interviews.ts';
import type { Tenant } from '../../auth/context.ts';
import type { Db } from '../common.ts';

/** Interviews newest first, with their unit's name. */
export function listInterviews(db: Db, tenant: Tenant, id?: string) {
  let q = db
    .selectFrom('improvement_interview as i')
    .leftJoin('org_unit as u', (j) =>
      j.onRef('u.municipality_id', '=', 'i.municipality_id').onRef('u.id', '=', 'i.unit_id'),
    )
    .selectAll('i')
    .select('u.name as unit_name')
    .where('i.municipality_id', '=', tenant.municipalityId);
  if (id) q = q.where('i.id', '=', id);
  return q.orderBy('i.held_at', 'desc').orderBy('i.created_at', 'desc').limit(500).execute();
}

export type InterviewRow = Awaited<ReturnType<typeof listInterviews>>[number];

/** Quotes of the given interviews in their original order. */
export function listQuotes(db: Db, tenant: Tenant, interviewIds: string[]) {
  if (interviewIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('improvement_quote')
    .select(['id', 'interview_id', 'body'])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('interview_id', 'in', interviewIds)
    .orderBy('position')
    .execute();
}

/** Stores an interview and its quotes (texts already screened). */
export async function insertInterview(db: Db, tenant: Tenant, userId: string, input: CreateInterviewInput) {
  const row = await db
    .insertInto('improvement_interview')
    .values({
      municipality_id: tenant.municipalityId,
      unit_id: input.unitId,
      held_at: `${input.heldAt}T00:00:00Z`,
      role: input.role,
      profession: input.profession,
      consent: input.consent,
      guide: input.guide,
      notes: input.notes,
      created_by: userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.quotes.length > 0) {
    await db
      .insertInto('improvement_quote')
      .values(
        input.quotes.map((body, position) => ({
          municipality_id: tenant.municipalityId,
          interview_id: row.id,
          body,
          position,
        })),
      )
      .execute();
  }
  return row.id;
}

/** Deletes an interview with its quotes and their places on the board; false when there was none. */
export async function deleteInterview(db: Db, tenant: Tenant, id: string): Promise<boolean> {
  const quotes = await listQuotes(db, tenant, [id]);
  if (quotes.length > 0) {
    await db
      .deleteFrom('improvement_evidence')
      .where('municipality_id', '=', tenant.municipalityId)
      .where('kind', '=', 'quote')
      .where(
        'ref',
        'in',
        quotes.map((q) => q.id),
      )
      .execute();
  }
  const result = await db
    .deleteFrom('improvement_interview')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
