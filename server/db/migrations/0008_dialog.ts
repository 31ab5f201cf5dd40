import { type Kysely, sql } from 'kysely';

type Db = Kysely<unknown>;

/**
 * The dialog programme ("Bedre Borgerdialog"): the complaints and conflicts register with its editable
 * service areas and recorded contact volumes, the pulse setting, and the programme plan (units, phases,
 * focus-group notes and quotes, action plans). Pulse surveys themselves are ordinary surveys (mode 'pulse').
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('complaint_area')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('municipality.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addPrimaryKeyConstraint('complaint_area_pk', ['municipality_id', 'key'])
    .execute();

  await db.schema
    .createTable('complaint')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull())
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('received_on', 'date', (c) => c.notNull())
    .addColumn('unit_id', 'uuid', (c) => c.notNull())
    .addColumn('area_key', 'text')
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('complaint', 'conflict')`))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('about_process', 'boolean', (c) => c.notNull())
    .addColumn('process_reasons', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('about_decision', 'boolean', (c) => c.notNull())
    .addColumn('severity', 'smallint', (c) => c.notNull().check(sql`severity between 1 and 3`))
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('answered_on', 'date')
    .addColumn('description', 'text')
    .addColumn('import_batch', 'uuid')
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('complaint_pk', ['municipality_id', 'id'])
    .addForeignKeyConstraint('complaint_unit_fk', ['municipality_id', 'unit_id'], 'org_unit', [
      'municipality_id',
      'id',
    ])
    .addCheckConstraint('complaint_answer_after', sql`answered_on is null or answered_on >= received_on`)
    .execute();
  await db.schema
    .createIndex('complaint_unit_idx')
    .on('complaint')
    .columns(['municipality_id', 'unit_id', 'received_on'])
    .execute();

  await db.schema
    .createTable('unit_contact_volume')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull())
    .addColumn('unit_id', 'uuid', (c) => c.notNull())
    .addColumn('month', 'date', (c) => c.notNull())
    .addColumn('contacts', 'integer', (c) => c.notNull().check(sql`contacts >= 0`))
    .addPrimaryKeyConstraint('unit_contact_volume_pk', ['municipality_id', 'unit_id', 'month'])
    .addForeignKeyConstraint('ucv_unit_fk', ['municipality_id', 'unit_id'], 'org_unit', [
      'municipality_id',
      'id',
    ])
    .execute();

  await db.schema
    .createTable('dialog_setting')
    .addColumn('municipality_id', 'uuid', (c) => c.primaryKey().references('municipality.id'))
    .addColumn('pulse_min_group_size', 'integer', (c) =>
      c.notNull().defaultTo(5).check(sql`pulse_min_group_size between 3 and 20`),
    )
    .execute();

  await createProgrammeTables(db);
}

async function createProgrammeTables(db: Db): Promise<void> {
  await db.schema
    .createTable('dialog_programme')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('municipality.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date', (c) => c.notNull())
    .addColumn('baseline_months', 'integer', (c) => c.notNull().defaultTo(6))
    .addColumn('follow_up_months', 'integer', (c) => c.notNull().defaultTo(6))
    .addColumn('next_steps', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('dialog_programme_pk', ['municipality_id', 'id'])
    .addCheckConstraint('dialog_programme_dates', sql`ends_on >= starts_on`)
    .execute();

  const child = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('municipality_id', 'uuid', (c) => c.notNull())
      .addColumn('dialog_programme_id', 'uuid', (c) => c.notNull())
      .addForeignKeyConstraint(
        `${name}_programme_fk`,
        ['municipality_id', 'dialog_programme_id'],
        'dialog_programme',
        ['municipality_id', 'id'],
        (c) => c.onDelete('cascade'),
      );

  await child('dialog_programme_unit')
    .addColumn('unit_id', 'uuid', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('participant', 'comparison')`))
    .addColumn('teams', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('dialog_programme_unit_pk', [
      'municipality_id',
      'dialog_programme_id',
      'unit_id',
    ])
    .addForeignKeyConstraint('dpu_unit_fk', ['municipality_id', 'unit_id'], 'org_unit', [
      'municipality_id',
      'id',
    ])
    .execute();

  await child('dialog_phase')
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('starts_on', 'date', (c) => c.notNull())
    .addColumn('ends_on', 'date')
    .addColumn('team', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('done', 'boolean', (c) => c.notNull().defaultTo(false))
    .addPrimaryKeyConstraint('dialog_phase_pk', ['municipality_id', 'id'])
    .execute();

  await child('dialog_note')
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('focus_group', 'quote')`))
    .addColumn('held_on', 'date', (c) => c.notNull())
    .addColumn('unit_id', 'uuid')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('dialog_note_pk', ['municipality_id', 'id'])
    .execute();

  await child('dialog_action_plan')
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('unit_id', 'uuid', (c) => c.notNull())
    .addColumn('participant', 'text', (c) => c.notNull())
    .addColumn('buddy', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('goal', 'text', (c) => c.notNull())
    .addColumn('actions', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('follow_up_on', 'date')
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('planned').check(sql`status in ('planned', 'in_progress', 'followed_up')`),
    )
    .addColumn('follow_up_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('shared', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('dialog_action_plan_pk', ['municipality_id', 'id'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  for (const t of [
    'dialog_action_plan',
    'dialog_note',
    'dialog_phase',
    'dialog_programme_unit',
    'dialog_programme',
    'dialog_setting',
    'unit_contact_volume',
    'complaint',
    'complaint_area',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
