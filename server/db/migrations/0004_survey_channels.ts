import { type Kysely, sql } from 'kysely';

/**
 * Survey channels beyond the link: registered kiosk tablets (only a hash of their device token is
 * kept), smiley-terminal presses and per-unit smiley alert rules. The response tables of 0002 are
 * left untouched; a kiosk response is an ordinary `survey_response` with channel 'kiosk'.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('kiosk_device')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('municipality.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('survey_id', 'uuid', (c) => c.notNull())
    .addColumn('unit_id', 'uuid')
    .addColumn('name', 'text', (c) => c.notNull())
    // SHA-256 of the device token: a leaked table does not let anyone pose as a tablet.
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_seen_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .addPrimaryKeyConstraint('kiosk_device_pk', ['municipality_id', 'id'])
    .addForeignKeyConstraint(
      'kiosk_device_survey_fk',
      ['municipality_id', 'survey_id'],
      'survey',
      ['municipality_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  // The tablet presents only its token, so it must be found without knowing the municipality.
  await db.schema
    .createIndex('kiosk_device_token_uq')
    .on('kiosk_device')
    .column('token_hash')
    .unique()
    .execute();

  await db.schema
    .createTable('smiley_press')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'bigint', (c) => c.notNull().generatedAlwaysAsIdentity())
    .addColumn('survey_id', 'uuid', (c) => c.notNull())
    .addColumn('unit_id', 'uuid')
    .addColumn('face', 'text', (c) =>
      c.notNull().check(sql`face in ('very_happy', 'happy', 'unhappy', 'very_unhappy')`),
    )
    .addColumn('reason', 'text')
    // Minute resolution: alert windows are minutes wide; a face carries nothing that identifies anyone.
    .addColumn('pressed_minute', 'timestamptz', (c) => c.notNull())
    .addColumn('idempotency_key', 'text')
    .addPrimaryKeyConstraint('smiley_press_pk', ['municipality_id', 'id'])
    .addForeignKeyConstraint('smiley_press_survey_fk', ['municipality_id', 'survey_id'], 'survey', [
      'municipality_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('smiley_press_idem_uq')
    .on('smiley_press')
    .columns(['municipality_id', 'survey_id', 'idempotency_key'])
    .unique()
    .where(sql.ref('idempotency_key'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('smiley_press_unit_idx')
    .on('smiley_press')
    .columns(['municipality_id', 'unit_id', 'pressed_minute'])
    .execute();
  await db.schema
    .createIndex('smiley_press_survey_idx')
    .on('smiley_press')
    .columns(['municipality_id', 'survey_id', 'pressed_minute'])
    .execute();

  await db.schema
    .createTable('smiley_alert_rule')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull())
    .addColumn('unit_id', 'uuid', (c) => c.notNull())
    .addColumn('window_minutes', 'integer', (c) => c.notNull())
    .addColumn('min_presses', 'integer', (c) => c.notNull())
    .addColumn('unhappy_share', 'real', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('last_fired_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('smiley_alert_rule_pk', ['municipality_id', 'unit_id'])
    .addForeignKeyConstraint('smiley_alert_rule_unit_fk', ['municipality_id', 'unit_id'], 'org_unit', [
      'municipality_id',
      'id',
    ])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['smiley_alert_rule', 'smiley_press', 'kiosk_device'])
    await db.schema.dropTable(t).execute();
}
