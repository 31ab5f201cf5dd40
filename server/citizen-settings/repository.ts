import type { Kysely } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';

type Db = Kysely<Database>;

/** The municipality's citizen-page settings, or undefined before an admin first saved them. */
export function findSettings(db: Db, tenant: Tenant) {
  return db
    .selectFrom('citizen_page_settings')
    .selectAll()
    .where('municipality_id', '=', tenant.municipalityId)
    .executeTakeFirst();
}
export type SettingsRow = NonNullable<Awaited<ReturnType<typeof findSettings>>>;

/** Replaces the list of origins allowed to frame the survey pages (creates the row when absent). */
export async function saveEmbedOrigins(db: Db, tenant: Tenant, origins: string[]): Promise<void> {
  await db
    .insertInto('citizen_page_settings')
    .values({ municipality_id: tenant.municipalityId, embed_origins: origins })
    .onConflict((oc) =>
      oc.column('municipality_id').doUpdateSet({ embed_origins: origins, updated_at: new Date() }),
    )
    .execute();
}

export interface StatementFields {
  statement_url: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  feedback_email: string | null;
}

/** Replaces the accessibility statement's address and contacts (creates the row when absent). */
export async function saveStatement(db: Db, tenant: Tenant, fields: StatementFields): Promise<void> {
  await db
    .insertInto('citizen_page_settings')
    .values({ municipality_id: tenant.municipalityId, ...fields })
    .onConflict((oc) => oc.column('municipality_id').doUpdateSet({ ...fields, updated_at: new Date() }))
    .execute();
}
