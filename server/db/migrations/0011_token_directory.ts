import { type Kysely, sql } from 'kysely';
import { ROLLUP_TRIGGERS_SQL } from './0005_dashboard_sql.ts';

/**
 * Ready to distribute by municipality (Citus, docs/SCALING.md).
 *
 * 1. `token_directory`: the one global lookup. Every public token (survey and pulse link, kiosk
 *    device token hash, shared improvement report, login e-mail) maps to its municipality and row.
 *    Public routes read it first, then the tenant table by its full key. On Citus it is a reference
 *    table; its primary key keeps each token unique across the installation.
 * 2. The global unique indexes on tenant tables become `(municipality_id, …)`: Citus can enforce a
 *    unique index on a distributed table only when it contains the distribution column.
 * 3. The triggers on tenant tables go (Citus refuses triggers on distributed tables unless
 *    `citus.enable_unsafe_triggers` is on, and these would run cross-table queries from a shard):
 *    the insert statements queue responses for the dashboard themselves, and deleting an event log
 *    deletes its events in the same repository function.
 * SQL frozen here; the live code is in server/tokens/ and server/dashboard/queue.ts.
 */
const RESCOPED: [table: string, index: string, column: string, where: string][] = [
  ['app_user', 'app_user_email_uq', 'email', ''],
  ['survey', 'survey_public_token_uq', 'public_token', ''],
  ['kiosk_device', 'kiosk_device_token_uq', 'token_hash', ''],
  [
    'improvement_initiative',
    'improvement_initiative_token_uq',
    'report_token',
    'where report_token is not null',
  ],
];

const DASHBOARD_TRIGGERS: [table: string, trigger: string][] = [
  ['survey_response', 'dashboard_ins'],
  ['survey_response', 'dashboard_upd'],
  ['survey_response', 'dashboard_del'],
  ['survey_answer', 'dashboard_ins'],
  ['survey_answer', 'dashboard_upd'],
  ['survey_answer', 'dashboard_del'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table token_directory (
    kind text not null check (kind in ('survey', 'kiosk', 'report', 'email')),
    token text not null,
    municipality_id uuid not null references municipality (id),
    ref_id uuid not null,
    constraint token_directory_pk primary key (kind, token)
  )`.execute(db);
  await sql`insert into token_directory (kind, token, municipality_id, ref_id)
    select 'survey', public_token, municipality_id, id from survey
    union all select 'kiosk', token_hash, municipality_id, id from kiosk_device where revoked_at is null
    union all select 'report', report_token, municipality_id, id from improvement_initiative
      where report_token is not null
    union all select 'email', email, municipality_id, id from app_user`.execute(db);
  for (const [table, index, column, where] of RESCOPED) {
    await sql.raw(`drop index ${index}`).execute(db);
    await sql
      .raw(`create unique index ${index} on ${table} (municipality_id, ${column}) ${where}`)
      .execute(db);
  }
  for (const [table, trigger] of DASHBOARD_TRIGGERS)
    await sql.raw(`drop trigger ${trigger} on ${table}`).execute(db);
  await sql`drop function dashboard_on_response_insert(), dashboard_on_answer_insert(), dashboard_on_change()`.execute(
    db,
  );
  await sql`drop trigger eventlog_delete_events on eventlog`.execute(db);
  await sql`drop function eventlog_delete_events()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`create function eventlog_delete_events() returns trigger language plpgsql as $$
    begin
      delete from eventlog_event where municipality_id = old.municipality_id and log_id = old.id;
      return old;
    end
  $$`.execute(db);
  await sql`create trigger eventlog_delete_events after delete on eventlog
    for each row execute function eventlog_delete_events()`.execute(db);
  // The frozen trigger text of migration 0005, one statement per call as there.
  for (const statement of ROLLUP_TRIGGERS_SQL.split(/;\s*\n(?=(?:--.*\n)*create )/))
    await sql.raw(statement).execute(db);
  for (const [table, index, column, where] of RESCOPED) {
    await sql.raw(`drop index ${index}`).execute(db);
    await sql.raw(`create unique index ${index} on ${table} (${column}) ${where}`).execute(db);
  }
  await sql`drop table token_directory`.execute(db);
}
