import type { AdviceInput } from '../../../shared/api/improvement/advice.ts';
import type { Tenant } from '../../auth/context.ts';
import type { Db } from '../common.ts';

/** The library, newest first, with the title of the initiative each piece of advice came from. */
export function listAdvice(db: Db, tenant: Tenant, id?: string) {
  let q = db
    .selectFrom('improvement_advice as a')
    .leftJoin('improvement_initiative as i', (j) =>
      j.onRef('i.municipality_id', '=', 'a.municipality_id').onRef('i.id', '=', 'a.initiative_id'),
    )
    .selectAll('a')
    .select('i.title as initiative_title')
    .where('a.municipality_id', '=', tenant.municipalityId);
  if (id) q = q.where('a.id', '=', id);
  return q.orderBy('a.created_at', 'desc').execute();
}

export type AdviceRow = Awaited<ReturnType<typeof listAdvice>>[number];

export function insertAdvice(db: Db, tenant: Tenant, userId: string, input: AdviceInput) {
  return db
    .insertInto('improvement_advice')
    .values({
      municipality_id: tenant.municipalityId,
      title: input.title,
      what: input.what,
      why: input.why,
      evidence: input.evidence,
      initiative_id: input.initiativeId,
      created_by: userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function deleteAdvice(db: Db, tenant: Tenant, id: string): Promise<boolean> {
  const r = await db
    .deleteFrom('improvement_advice')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
