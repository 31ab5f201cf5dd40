import { type Kysely, sql } from 'kysely';

/**
 * Issue 14 (daily use). Observation sessions record on which device they were started or last resumed
 * and who closed them (the time is `ended_at`), so a session left open on another phone can be found,
 * resumed or closed. Initiatives get structured success criteria (measure, direction, target, date) as
 * JSON, validated by shared/api/improvement/criteria.ts; the free text stays as a legacy note in
 * `success_criteria`, untouched.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table improvement_session
    add column device text not null default '',
    add column closed_by uuid,
    add constraint improvement_session_closed_by_fk
      foreign key (municipality_id, closed_by) references app_user (municipality_id, id)`.execute(db);
  await sql`alter table improvement_initiative
    add column criteria jsonb not null default '[]'::jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table improvement_initiative drop column criteria`.execute(db);
  await sql`alter table improvement_session drop constraint improvement_session_closed_by_fk,
    drop column closed_by, drop column device`.execute(db);
}
