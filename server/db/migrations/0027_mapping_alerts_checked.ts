import { type Kysely, sql } from 'kysely';

/**
 * When the touchpoint alerts of a mapped journey version were last checked, on the mapping itself.
 * The background check looked for the newest `journey_touchpoint_alert.checked_at`, so a check that
 * found no touchpoint to record (no timed visits) left no trace and was repeated every tick; and
 * responses of the check's own hour kept the mapping stale for the rest of that hour. The column
 * is set on every check, empty ones included, and orders the stale list (oldest check first).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table journey_log_mapping add column alerts_checked_at timestamptz`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table journey_log_mapping drop column alerts_checked_at`.execute(db);
}
