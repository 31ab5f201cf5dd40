import { type Kysely, sql } from 'kysely';

/**
 * Event logs imported from case systems. `eventlog` is both the stored log and its import job
 * (status, counts, error). Cases and events are written in one transaction per import (COPY on
 * PostgreSQL, batched inserts on PGlite), so a failed or cancelled import leaves no case or event.
 * Case ids are stored only as keyed pseudonyms; the key lives in `eventlog_secret`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('eventlog_secret')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().primaryKey().references('municipality.id'))
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('eventlog')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('municipality.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull().check(sql`format in ('xes', 'csv')`))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('uploading', 'importing', 'ready', 'failed', 'cancelled')`),
    )
    .addColumn('options', 'jsonb', (c) => c.notNull())
    .addColumn('bytes', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('events', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('cases', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'jsonb')
    .addColumn('notes', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('skipped_total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('skipped', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .addPrimaryKeyConstraint('eventlog_pk', ['municipality_id', 'id'])
    .execute();

  await db.schema
    .createTable('eventlog_case')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull())
    .addColumn('log_id', 'uuid', (c) => c.notNull())
    .addColumn('case_no', 'integer', (c) => c.notNull())
    .addColumn('case_key', 'text', (c) => c.notNull())
    .addColumn('attrs', 'jsonb')
    .addPrimaryKeyConstraint('eventlog_case_pk', ['municipality_id', 'log_id', 'case_no'])
    .addForeignKeyConstraint(
      'eventlog_case_log_fk',
      ['municipality_id', 'log_id'],
      'eventlog',
      ['municipality_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();

  // No foreign key to eventlog_case: events are copied before their case rows (a case's
  // attributes are complete only when it closes), and both go in the same transaction.
  await db.schema
    .createTable('eventlog_event')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull())
    .addColumn('log_id', 'uuid', (c) => c.notNull())
    .addColumn('case_no', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('activity', 'text', (c) => c.notNull())
    // Epoch milliseconds: exact, and what the analysis works in.
    .addColumn('ts', 'bigint')
    .addColumn('resource', 'text')
    .addColumn('grp', 'text')
    .addColumn('lifecycle', 'text')
    .addColumn('attrs', 'jsonb')
    .addPrimaryKeyConstraint('eventlog_event_pk', ['municipality_id', 'log_id', 'case_no', 'seq'])
    .addForeignKeyConstraint(
      'eventlog_event_log_fk',
      ['municipality_id', 'log_id'],
      'eventlog',
      ['municipality_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('eventlog_event').execute();
  await db.schema.dropTable('eventlog_case').execute();
  await db.schema.dropTable('eventlog').execute();
  await db.schema.dropTable('eventlog_secret').execute();
}
