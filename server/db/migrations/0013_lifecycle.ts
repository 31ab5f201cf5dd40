import { type Kysely, sql } from 'kysely';

/**
 * Data lifecycle (issue 17): retention periods per kind of data, legal holds, the fields of the
 * compliance pack the software cannot know, and a switch that lets the retention job delete survey
 * responses while keeping their dashboard rollup rows (the aggregates are not personal data).
 * Frozen SQL: this migration imports no live code.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('retention_setting')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('municipality.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull().check(sql`days between 1 and 36500`))
    .addColumn('keep_aggregates', 'boolean', (c) => c.notNull().defaultTo(true))
    // When the last 14-day warning e-mail for this kind went out: one warning per period, not per day.
    .addColumn('warned_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('retention_setting_pk', ['municipality_id', 'kind'])
    .execute();

  await db.schema
    .createTable('retention_state')
    .addColumn('municipality_id', 'uuid', (c) => c.primaryKey().references('municipality.id'))
    .addColumn('last_run_at', 'timestamptz')
    .addColumn('last_result', 'jsonb')
    .execute();

  await db.schema
    .createTable('legal_hold')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('municipality.id'))
    .addColumn('target_type', 'text', (c) =>
      c.notNull().check(sql`target_type in ('survey', 'journey', 'eventlog')`),
    )
    .addColumn('target_id', 'uuid', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('legal_hold_pk', ['municipality_id', 'target_type', 'target_id'])
    .execute();

  await db.schema
    .createTable('compliance_profile')
    .addColumn('municipality_id', 'uuid', (c) => c.primaryKey().references('municipality.id'))
    .addColumn('fields', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // The dashboard rebuilds a survey's rollup from its remaining responses after any delete. The
  // retention job sets `borgerblik.keep_rollup` for its own transaction when the municipality keeps
  // aggregates, so deleting old responses leaves the figures as they were.
  await sql.raw(ON_CHANGE_SQL.replace('$KEEP$', KEEP_CHECK)).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(ON_CHANGE_SQL.replace('$KEEP$', '')).execute(db);
  for (const t of ['compliance_profile', 'legal_hold', 'retention_state', 'retention_setting']) {
    await db.schema.dropTable(t).execute();
  }
}

const KEEP_CHECK = `if TG_OP = 'DELETE' and current_setting('borgerblik.keep_rollup', true) = 'on' then
    return null;
  end if;`;

const ON_CHANGE_SQL = `
create or replace function dashboard_on_change() returns trigger language plpgsql as $fn$
declare rec record;
begin
  $KEEP$
  if TG_TABLE_NAME = 'survey_response' then
    for rec in select distinct o.municipality_id, o.survey_id from old_rows o loop
      perform dashboard_rebuild(rec.municipality_id, rec.survey_id);
    end loop;
    if TG_OP = 'UPDATE' then
      for rec in select distinct n.municipality_id, n.survey_id from new_rows n loop
        perform dashboard_rebuild(rec.municipality_id, rec.survey_id);
      end loop;
    end if;
  else
    for rec in select distinct r.municipality_id, r.survey_id from old_rows o
      join survey_response r on r.municipality_id = o.municipality_id and r.id = o.response_id loop
      perform dashboard_rebuild(rec.municipality_id, rec.survey_id);
    end loop;
  end if;
  return null;
end $fn$`;
