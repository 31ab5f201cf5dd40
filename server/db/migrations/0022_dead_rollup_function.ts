import { type Kysely, sql } from 'kysely';

/**
 * Drops `dashboard_on_change()`. Migration 0011 removed the dashboard's triggers (the roll-up queue is
 * written by the writers since), but 0013 re-created the function to honour `borgerblik.keep_rollup`;
 * no trigger calls it, so it and the setting it read are dead (the retention job and the offboarding
 * no longer set it).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop function if exists dashboard_on_change()`.execute(db);
}

/** Nothing to restore: no trigger used the function after 0011. */
export async function down(_db: Kysely<unknown>): Promise<void> {}
