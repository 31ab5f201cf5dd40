import { type Kysely, sql } from 'kysely';

/**
 * Citizen-page settings per municipality (issue 16): the web origins allowed to frame its survey pages
 * (CSP `frame-ancestors`) and its accessibility statement with contacts. One row per municipality,
 * absent until an admin saves; the application validates and normalises the origins.
 * Frozen SQL: this migration imports no live code.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('citizen_page_settings')
    .addColumn('municipality_id', 'uuid', (c) => c.primaryKey().references('municipality.id'))
    .addColumn('embed_origins', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('statement_url', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('feedback_email', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('citizen_page_settings_origins_max', sql`cardinality(embed_origins) <= 20`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('citizen_page_settings').execute();
}
