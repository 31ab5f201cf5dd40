import { type Kysely, sql } from 'kysely';

/**
 * Integrations (issue 18): API tokens, webhook subscriptions with their outbox, and the open-data switch.
 *
 * Events are written to the outbox (`webhook_delivery`) by triggers on the tables whose change they
 * report, so an event exists exactly when its change was committed, whichever code path made it (the
 * event-log import writes with COPY, complaints come one by one, smiley alerts by a conditional UPDATE).
 * Payloads are built here from ids, counts and codes only: never a title, description or other free text.
 * Survey responses are only counted (append-only `webhook_response_tick`, one row per INSERT statement);
 * the worker turns the counts into `response.received` events per minute.
 */
const STATEMENTS = [
  `create table api_token (
    municipality_id uuid not null references municipality (id),
    id uuid not null default gen_random_uuid(),
    name text not null,
    scopes text[] not null,
    secret_hash text not null,
    created_by uuid not null,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    last_used_at timestamptz,
    revoked_at timestamptz,
    constraint api_token_pk primary key (municipality_id, id),
    constraint api_token_user_fk foreign key (municipality_id, created_by) references app_user (municipality_id, id)
  )`,
  `create table webhook_subscription (
    municipality_id uuid not null references municipality (id),
    id uuid not null default gen_random_uuid(),
    url text not null,
    events text[] not null,
    secret_box text not null,
    active boolean not null default true,
    created_by uuid not null,
    created_at timestamptz not null default now(),
    constraint webhook_subscription_pk primary key (municipality_id, id),
    constraint webhook_subscription_user_fk foreign key (municipality_id, created_by)
      references app_user (municipality_id, id)
  )`,
  `create table webhook_delivery (
    municipality_id uuid not null,
    id bigint generated always as identity,
    subscription_id uuid not null,
    event_id uuid not null,
    event_type text not null,
    payload jsonb not null,
    occurred_at timestamptz not null default clock_timestamp(),
    status text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
    attempts integer not null default 0,
    next_attempt_at timestamptz not null default clock_timestamp(),
    last_attempt_at timestamptz,
    last_status integer,
    last_error text,
    delivered_at timestamptz,
    constraint webhook_delivery_pk primary key (municipality_id, id),
    constraint webhook_delivery_subscription_fk foreign key (municipality_id, subscription_id)
      references webhook_subscription (municipality_id, id) on delete cascade
  )`,
  // The worker's scan in delivery order: only pending rows, few at any time.
  `create index webhook_delivery_pending on webhook_delivery (id) where status = 'pending'`,
  `create index webhook_delivery_by_subscription on webhook_delivery (municipality_id, subscription_id, id)`,
  `create table webhook_response_tick (
    municipality_id uuid not null,
    id bigint generated always as identity,
    survey_id uuid not null,
    n integer not null,
    at timestamptz not null default now(),
    constraint webhook_response_tick_pk primary key (municipality_id, id)
  )`,
  `create table open_data_publication (
    municipality_id uuid not null references municipality (id),
    published_at timestamptz not null default now(),
    published_by uuid not null,
    constraint open_data_publication_pk primary key (municipality_id),
    constraint open_data_publication_user_fk foreign key (municipality_id, published_by)
      references app_user (municipality_id, id)
  )`,
  // One delivery per subscribed, active subscription; the event id is shared so a receiver can dedupe.
  `create function webhook_emit(m uuid, t text, p jsonb) returns void language sql as $$
    insert into webhook_delivery (municipality_id, subscription_id, event_id, event_type, payload)
    select m, s.id, e.id, t, p
    from webhook_subscription s cross join (select gen_random_uuid() as id) e
    where s.municipality_id = m and s.active and t = any (s.events)
    order by s.id
  $$`,
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

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [trigger, table] of [
    ['webhook_complaint', 'complaint'],
    ['webhook_eventlog', 'eventlog'],
    ['webhook_smiley_alert', 'smiley_alert_rule'],
    ['webhook_initiative', 'improvement_initiative'],
    ['webhook_responses', 'survey_response'],
  ]) {
    await sql.raw(`drop trigger if exists ${trigger} on ${table}`).execute(db);
  }
  for (const f of ['webhook_on_complaint', 'webhook_on_eventlog', 'webhook_on_smiley_alert']) {
    await sql.raw(`drop function if exists ${f}`).execute(db);
  }
  await sql.raw('drop function if exists webhook_on_initiative').execute(db);
  await sql.raw('drop function if exists webhook_on_responses').execute(db);
  await sql.raw('drop function if exists webhook_emit').execute(db);
  for (const t of [
    'open_data_publication',
    'webhook_response_tick',
    'webhook_delivery',
    'webhook_subscription',
    'api_token',
  ]) {
    await sql.raw(`drop table if exists ${t}`).execute(db);
  }
}
