import { type Kysely, sql } from 'kysely';

/**
 * Drops the webhook outbox's row triggers of migration 0014 and their functions (issue 21): Citus runs
 * no triggers on distributed tables (docs/SCALING.md). Since this migration the writers write the
 * outbox in the statement that makes the change, with the same conditions and payloads
 * (server/integrations/webhooks/outbox-writes.ts). `webhook_emit` stays: the worker's response counts
 * use it.
 */
const TRIGGERS = [
  ['webhook_complaint', 'complaint', 'webhook_on_complaint'],
  ['webhook_eventlog', 'eventlog', 'webhook_on_eventlog'],
  ['webhook_smiley_alert', 'smiley_alert_rule', 'webhook_on_smiley_alert'],
  ['webhook_initiative', 'improvement_initiative', 'webhook_on_initiative'],
  ['webhook_responses', 'survey_response', 'webhook_on_responses'],
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [trigger, table, fn] of TRIGGERS) {
    await sql.raw(`drop trigger if exists ${trigger} on ${table}`).execute(db);
    await sql.raw(`drop function if exists ${fn}()`).execute(db);
  }
}

/** Puts back the triggers of 0014 as they were (a copy: migrations import no other code). */
const RESTORE = [
  `create function webhook_on_complaint() returns trigger language plpgsql as $$
    begin
      if new.import_batch is null then
        perform webhook_emit(new.municipality_id, 'complaint.created', jsonb_build_object(
          'complaintId', new.id, 'unitId', new.unit_id, 'receivedOn', new.received_on, 'kind', new.kind,
          'channel', new.channel, 'severity', new.severity, 'aboutProcess', new.about_process,
          'aboutDecision', new.about_decision));
      end if;
      return null;
    end $$`,
  `create trigger webhook_complaint after insert on complaint
    for each row execute function webhook_on_complaint()`,
  `create function webhook_on_eventlog() returns trigger language plpgsql as $$
    begin
      if new.status = 'ready' then
        perform webhook_emit(new.municipality_id, 'eventlog.ready', jsonb_build_object(
          'eventLogId', new.id, 'events', new.events, 'cases', new.cases));
      elsif new.status = 'failed' then
        perform webhook_emit(new.municipality_id, 'eventlog.failed', jsonb_build_object(
          'eventLogId', new.id, 'errorCode', new.error ->> 'code'));
      end if;
      return null;
    end $$`,
  `create trigger webhook_eventlog after update of status on eventlog
    for each row when (old.status is distinct from new.status) execute function webhook_on_eventlog()`,
  `create function webhook_on_smiley_alert() returns trigger language plpgsql as $$
    begin
      perform webhook_emit(new.municipality_id, 'smiley.alert', jsonb_build_object(
        'unitId', new.unit_id, 'firedAt', new.last_fired_at, 'windowMinutes', new.window_minutes,
        'minPresses', new.min_presses, 'unhappyShare', new.unhappy_share));
      return null;
    end $$`,
  `create trigger webhook_smiley_alert after update of last_fired_at on smiley_alert_rule
    for each row when (new.last_fired_at is not null and old.last_fired_at is distinct from new.last_fired_at)
    execute function webhook_on_smiley_alert()`,
  `create function webhook_on_initiative() returns trigger language plpgsql as $$
    begin
      perform webhook_emit(new.municipality_id, 'initiative.evaluated', jsonb_build_object(
        'initiativeId', new.id, 'design', new.design, 'testStart', new.test_start, 'testEnd', new.test_end));
      return null;
    end $$`,
  `create trigger webhook_initiative after update of report_token on improvement_initiative
    for each row when (old.report_token is null and new.report_token is not null)
    execute function webhook_on_initiative()`,
  `create function webhook_on_responses() returns trigger language plpgsql as $$
    begin
      insert into webhook_response_tick (municipality_id, survey_id, n)
      select r.municipality_id, r.survey_id, count(*) from new_rows r
      where exists (select 1 from webhook_subscription s where s.municipality_id = r.municipality_id
                    and s.active and 'response.received' = any (s.events))
      group by r.municipality_id, r.survey_id;
      return null;
    end $$`,
  `create trigger webhook_responses after insert on survey_response referencing new table as new_rows
    for each statement execute function webhook_on_responses()`,
];

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of RESTORE) await sql.raw(statement).execute(db);
}
