import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../test/app.ts';
import { createTestDatabase } from '../../test/db.ts';
import type { DatabaseHandle } from './database.ts';

/**
 * `*_id` columns that deliberately have no foreign key, each with the reason. Anything else ending in
 * `_id` must be a foreign key that includes municipality_id (issue 12).
 */
const WITHOUT_KEY: Record<string, string> = {
  // Audit entries outlive what they describe and who did it (retention may remove users and targets).
  'audit_log.actor_user_id': 'kept after the user is gone',
  'audit_log.target_id': 'polymorphic: with target_type it names a row of any table',
  // Migration 0013: a hold names a survey, journey or event log by target_type (merged after this list).
  'legal_hold.target_id': 'polymorphic: with target_type it names a survey, journey or event log',
  // The dashboard's queue and rollup are derived from survey_response by its writers and a scheduler;
  // keys would add a look-up per citizen submission on the hot path for rows nobody writes by hand.
  'dashboard_pending.municipality_id': 'derived queue, written with survey_response',
  'dashboard_pending.response_id': 'derived queue, written with survey_response',
  'dashboard_rollup.municipality_id': 'derived aggregate, rebuilt from survey_response',
  'dashboard_rollup.survey_id': 'derived aggregate, rebuilt from survey_response',
  'dashboard_rollup.unit_id': 'derived aggregate, rebuilt from survey_response',
  'dashboard_rollup.item_id': 'a question id of the survey definition (text), not a row',
  // Migration 0009: the key tripled COPY time; only the import writes events, inside the transaction
  // that turns its log ready, and deleting a log deletes its events in the same transaction.
  'eventlog_event.municipality_id': 'see migration 0009',
  'eventlog_event.log_id': 'see migration 0009',
  'sso_login_attempt.request_id': 'the ID of the SAML AuthnRequest sent to the IdP, not a row',
  // Ids inside JSON documents, not rows.
  'survey.touchpoint_id': 'a step id inside the journey document',
  // Migration 0020: the alert state of one touchpoint, a step of the journey's document.
  'journey_touchpoint_alert.step_id': 'a step id inside the journey document',
  'survey_answer.item_id': 'a question id of the survey definition',
  'survey_text_answer.item_id': 'a question id of the survey definition',
  // Migration 0014: an event's own id (shared by its deliveries to each subscription), not a reference.
  'webhook_delivery.event_id': 'the id of the event itself, for receivers to deduplicate',
  // Counts written by a statement trigger on survey_response and consumed within minutes (like the
  // dashboard queue): keys would add look-ups to the citizens' submit path.
  'webhook_response_tick.municipality_id': 'derived counter, written by the writers of survey_response',
  'webhook_response_tick.survey_id': 'derived counter, written by the writers of survey_response',
  // Migration 0011: the token directory is a reference table (Citus allows no key from it into a
  // distributed table), and with `kind` its ref_id names a survey, device, initiative or user.
  'token_directory.ref_id': 'polymorphic, in a reference table: see docs/SCALING.md',
};

describeDb('reference integrity of the schema', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('has a foreign key on every *_id column except the commented allow-list', async () => {
    const { rows } = await sql<{ col: string }>`
      select c.table_name || '.' || c.column_name as col
      from information_schema.columns c
      join information_schema.tables t
        on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
      where c.table_schema = current_schema() and c.column_name like '%\_id' and c.table_name not like 'kysely%'
        and not exists (
          select 1 from pg_constraint k
          join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any (k.conkey)
          where k.contype = 'f' and k.conrelid = quote_ident(c.table_name)::regclass
            and a.attname = c.column_name)
      order by 1`.execute(database.db);
    expect(rows.map((r) => r.col)).toEqual(Object.keys(WITHOUT_KEY).sort());
  });

  it('leads every foreign key of a tenant table with municipality_id', async () => {
    const { rows } = await sql<{ name: string; first: string; tenant: boolean }>`
      select k.conname as name, a.attname as first,
        exists (select 1 from pg_attribute m where m.attrelid = k.conrelid and m.attname = 'municipality_id') as tenant
      from pg_constraint k
      join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
      where k.contype = 'f' and k.connamespace = current_schema()::regnamespace`.execute(database.db);
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.filter((r) => r.tenant && r.first !== 'municipality_id').map((r) => r.name)).toEqual([]);
  });
});
