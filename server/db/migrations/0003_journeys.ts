import { type Kysely, sql } from 'kysely';

/**
 * Citizen journeys with their version history. Each save is an immutable `journey_version` row with
 * the whole validated document; `journey` mirrors the newest version's title, persona, status, owner
 * unit and metrics so the list can filter and sort in SQL without opening documents.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('journey')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('municipality.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('persona', 'text', (c) => c.notNull().defaultTo(''))
    // Lower-cased in JS on write: ILIKE does not fold "Æ" under a C-locale database.
    .addColumn('persona_key', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('draft').check(sql`status in ('draft', 'as_is', 'to_be')`),
    )
    .addColumn('owner_unit_id', 'uuid')
    .addColumn('current_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('metrics', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'uuid')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('journey_pk', ['municipality_id', 'id'])
    .addForeignKeyConstraint('journey_owner_unit_fk', ['municipality_id', 'owner_unit_id'], 'org_unit', [
      'municipality_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('journey_owner_unit_idx')
    .on('journey')
    .columns(['municipality_id', 'owner_unit_id'])
    .execute();

  await db.schema
    .createTable('journey_version')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull())
    .addColumn('journey_id', 'uuid', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    // The whole journey as validated by shared/journey's schema (actors, steps, stages, assessment).
    .addColumn('document', 'jsonb', (c) => c.notNull())
    .addColumn('metrics', 'jsonb', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('journey_version_pk', ['municipality_id', 'journey_id', 'version'])
    .addForeignKeyConstraint(
      'journey_version_journey_fk',
      ['municipality_id', 'journey_id'],
      'journey',
      ['municipality_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('journey_version').execute();
  await db.schema.dropTable('journey').execute();
}
