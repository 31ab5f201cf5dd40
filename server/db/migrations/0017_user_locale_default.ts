import { type Kysely, sql } from 'kysely';

/**
 * A user's language becomes their own choice or nothing (issue 14). Null means "the municipality's
 * default": bokmål for a Norwegian municipality, Danish for a Danish one. Until now every account got
 * 'da' at creation, so a Norwegian municipality's users saw Danish until each changed it by hand.
 *
 * Existing 'da' values are taken as the old default, not a choice (nothing recorded a choice): they become
 * null. For Danish municipalities nothing changes on screen; Norwegian users who really chose Danish must
 * choose it again. 'nb' and 'en' were always chosen and stay.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table app_user alter column locale drop default`.execute(db);
  await sql`alter table app_user alter column locale drop not null`.execute(db);
  await sql`update app_user set locale = null where locale = 'da'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`update app_user set locale = 'da' where locale is null`.execute(db);
  await sql`alter table app_user alter column locale set default 'da'`.execute(db);
  await sql`alter table app_user alter column locale set not null`.execute(db);
}
