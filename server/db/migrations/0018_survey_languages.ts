import { type Kysely, sql } from 'kysely';

/**
 * Survey languages as data (issue 16): the languages a municipality added beyond the built-in ones,
 * its translations of citizen texts with a status each, and on every response the status of the
 * translation the citizen answered in (the response's language is already stored in `locale`, which
 * now holds any BCP 47 tag). Frozen SQL: this migration imports no live code.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('municipality_language')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('municipality.id'))
    .addColumn('language', 'text', (c) => c.notNull().check(sql`length(language) between 2 and 35`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('municipality_language_pk', ['municipality_id', 'language'])
    .execute();

  await db.schema
    .createTable('text_translation')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('municipality.id'))
    .addColumn('language', 'text', (c) => c.notNull())
    // `item.coherence.solutions`, `page.next`, or `survey.<id>.local.x` for a survey's own texts.
    .addColumn('text_key', 'text', (c) => c.notNull().check(sql`length(text_key) between 1 and 200`))
    .addColumn('text', 'text', (c) => c.notNull().check(sql`length(text) <= 2000`))
    // A municipality can review, never validate: validation takes research with citizens.
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('reviewed', 'unreviewed')`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('text_translation_pk', ['municipality_id', 'language', 'text_key'])
    .execute();

  await db.schema
    .alterTable('survey_response')
    .addColumn('translation_status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('reviewed')
        .check(sql`translation_status in ('validated', 'reviewed', 'unreviewed')`),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('survey_response').dropColumn('translation_status').execute();
  await db.schema.dropTable('text_translation').execute();
  await db.schema.dropTable('municipality_language').execute();
}
