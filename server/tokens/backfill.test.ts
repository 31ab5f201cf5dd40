import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../test/app.ts';
import { createTestDatabase } from '../../test/db.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { migrations } from '../db/migrations/index.ts';

/** Migration 0011 fills the token directory from the rows that exist, and scopes the unique indexes. */
describeDb('token directory migration', () => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await createTestDatabase();
  });
  afterAll(() => h?.close());

  it('backfills every token, leaves revoked devices out, and can be undone', async () => {
    const names = Object.keys(migrations).sort();
    const before = names[names.indexOf('0011_token_directory') - 1] ?? '';
    const migrator = new Migrator({ db: h.db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo(before)).error).toBeUndefined();
    const m = await sql<{ id: string }>`
      insert into municipality (slug, name, country) values ('bf', 'Backfill', 'DK') returning id`.execute(
      h.db,
    );
    const mid = m.rows[0]?.id ?? '';
    const ids = await sql<{ user_id: string; survey_id: string }>`
      with u as (insert into app_user (municipality_id, email, name, role, password_hash)
                 values (${mid}, 'a@bf.dk', 'A', 'admin', 'x') returning id),
           s as (insert into survey (municipality_id, title, definition, public_token)
                 values (${mid}, 'S', '{}', 'survey-token-bf') returning id)
      select u.id as user_id, s.id as survey_id from u, s`.execute(h.db);
    const { user_id: userId, survey_id: surveyId } = ids.rows[0] ?? { user_id: '', survey_id: '' };
    await sql`insert into kiosk_device (municipality_id, survey_id, name, token_hash, revoked_at)
      values (${mid}, ${surveyId}, 'live', 'hash-live', null), (${mid}, ${surveyId}, 'old', 'hash-old', now())`.execute(
      h.db,
    );
    await sql`insert into improvement_initiative (municipality_id, title, test_start, test_end, measures, created_by, report_token)
      values (${mid}, 'I', now(), now(), '{}', ${userId}, 'report-token-bf'), (${mid}, 'J', now(), now(), '{}', ${userId}, null)`.execute(
      h.db,
    );
    await migrateToLatest(h.db);
    const rows = await h.db
      .selectFrom('token_directory')
      .select(['kind', 'token'])
      .where('municipality_id', '=', mid)
      .orderBy('kind')
      .execute();
    expect(rows).toEqual([
      { kind: 'email', token: 'a@bf.dk' },
      { kind: 'kiosk', token: 'hash-live' },
      { kind: 'report', token: 'report-token-bf' },
      { kind: 'survey', token: 'survey-token-bf' },
    ]);
    // Scoped per municipality now: the same token in another municipality is the directory's to refuse.
    const other = await sql<{ id: string }>`
      insert into municipality (slug, name, country) values ('bf2', 'Backfill 2', 'DK') returning id`.execute(
      h.db,
    );
    await sql`insert into survey (municipality_id, title, definition, public_token)
      values (${other.rows[0]?.id}, 'S', '{}', 'survey-token-bf')`.execute(h.db);
  });
});
