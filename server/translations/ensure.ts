import type { Kysely } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { notFound } from '../http/app-error.ts';

/** A survey id from a request must be the caller's municipality's (else 404, revealing nothing). */
export async function ensureSurvey(db: Kysely<Database>, tenant: Tenant, surveyId: string): Promise<void> {
  const row = await db
    .selectFrom('survey')
    .select('id')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', surveyId)
    .executeTakeFirst();
  if (!row) throw notFound();
}
