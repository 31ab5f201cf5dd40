import { type Kysely, sql } from 'kysely';

/**
 * Surveys and their anonymous responses. A response row carries no IP, user agent or account, and
 * its time only to the hour. Answers are narrow rows (one per item) so any item can be aggregated
 * in SQL; free text lives apart, already screened for personal data.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('survey')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('municipality.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('draft').check(sql`status in ('draft', 'open', 'closed')`),
    )
    .addColumn('mode', 'text', (c) =>
      c.notNull().defaultTo('questionnaire').check(sql`mode in ('questionnaire', 'smiley', 'pulse')`),
    )
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('previous_version_id', 'uuid')
    .addColumn('languages', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{da}'`))
    .addColumn('channels', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{link}'`))
    .addColumn('plural', 'boolean', (c) => c.notNull().defaultTo(false))
    // Which indicator sets, scale overrides, local questions: validated by shared/indicators schemas.
    .addColumn('definition', 'jsonb', (c) => c.notNull())
    .addColumn('public_token', 'text', (c) => c.notNull())
    .addColumn('opens_at', 'timestamptz')
    .addColumn('closes_at', 'timestamptz')
    .addColumn('journey_id', 'uuid')
    .addColumn('touchpoint_id', 'text')
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('survey_pk', ['municipality_id', 'id'])
    .execute();
  // The public link names only the token, so it must be found without knowing the municipality.
  await db.schema
    .createIndex('survey_public_token_uq')
    .on('survey')
    .column('public_token')
    .unique()
    .execute();

  await db.schema
    .createTable('survey_unit')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull())
    .addColumn('survey_id', 'uuid', (c) => c.notNull())
    .addColumn('unit_id', 'uuid', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_unit_pk', ['municipality_id', 'survey_id', 'unit_id'])
    .addForeignKeyConstraint(
      'survey_unit_survey_fk',
      ['municipality_id', 'survey_id'],
      'survey',
      ['municipality_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .addForeignKeyConstraint('survey_unit_unit_fk', ['municipality_id', 'unit_id'], 'org_unit', [
      'municipality_id',
      'id',
    ])
    .execute();

  await db.schema
    .createTable('survey_response')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'bigint', (c) => c.notNull().generatedAlwaysAsIdentity())
    .addColumn('survey_id', 'uuid', (c) => c.notNull())
    .addColumn('unit_id', 'uuid')
    .addColumn('channel', 'text', (c) =>
      c.notNull().check(sql`channel in ('link', 'qr', 'kiosk', 'smiley', 'import')`),
    )
    .addColumn('locale', 'text', (c) => c.notNull())
    // Truncated to the hour on insert: a finer time could identify a respondent at a quiet desk.
    .addColumn('submitted_hour', 'timestamptz', (c) => c.notNull())
    .addColumn('idempotency_key', 'text')
    .addPrimaryKeyConstraint('survey_response_pk', ['municipality_id', 'id'])
    .addForeignKeyConstraint('survey_response_survey_fk', ['municipality_id', 'survey_id'], 'survey', [
      'municipality_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('survey_response_idem_uq')
    .on('survey_response')
    .columns(['municipality_id', 'survey_id', 'idempotency_key'])
    .unique()
    .where(sql.ref('idempotency_key'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('survey_response_survey_idx')
    .on('survey_response')
    .columns(['municipality_id', 'survey_id', 'submitted_hour'])
    .execute();
  await db.schema
    .createIndex('survey_response_unit_idx')
    .on('survey_response')
    .columns(['municipality_id', 'unit_id', 'submitted_hour'])
    .execute();

  await db.schema
    .createTable('survey_answer')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull())
    .addColumn('response_id', 'bigint', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    // null together with dont_know = true: "Ved ikke / ikke relevant", which counts as missing.
    .addColumn('value', 'smallint')
    .addColumn('dont_know', 'boolean', (c) => c.notNull().defaultTo(false))
    .addPrimaryKeyConstraint('survey_answer_pk', ['municipality_id', 'response_id', 'item_id'])
    .addForeignKeyConstraint(
      'survey_answer_response_fk',
      ['municipality_id', 'response_id'],
      'survey_response',
      ['municipality_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('survey_text_answer')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull())
    .addColumn('response_id', 'bigint', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_text_answer_pk', ['municipality_id', 'response_id', 'item_id'])
    .addForeignKeyConstraint(
      'survey_text_answer_response_fk',
      ['municipality_id', 'response_id'],
      'survey_response',
      ['municipality_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['survey_text_answer', 'survey_answer', 'survey_response', 'survey_unit', 'survey']) {
    await db.schema.dropTable(t).execute();
  }
}
