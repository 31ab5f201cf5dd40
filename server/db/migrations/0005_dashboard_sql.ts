/**
 * FROZEN: the SQL functions and triggers migration 0005 installed, exactly as it installed them (a
 * test checks their SHA-256). Never edit this text: a database migrated earlier would keep the old
 * definitions while fresh ones got the new. Change the functions in a new migration instead.
 *
 * What they do, for `dashboard_rollup` to stay exact:
 *
 * - `dashboard_facts(m, ids)` turns responses into one row per counted answer: the built-in items,
 *   the per-respondent index of the six coherence items ("mean of the six per respondent", with at
 *   least three valid answers, "ved ikke" left out) and one `*` row per response (respondent count).
 *   The rollup and the read path both aggregate this one definition, so they cannot disagree.
 * - Counts by value are binned by floor(value): for items that is the answer; for the index it gives
 *   a histogram whose bins still answer "index ≥ threshold" exactly for integer thresholds.
 * - Two tiers: ISO weeks (Monday) for weekly trends and calendar months for everything else; periods
 *   are whole months. A day tier was tried and dropped: at a million responses over 200 units it held
 *   more rows than the raw answers (most unit-days have one or two responses).
 * - Each tier also holds channel '*' rows (all channels together): most views do not filter by channel,
 *   and reading one row instead of one per channel makes them three times cheaper.
 * - Days are local Danish/Norwegian calendar days (both Europe/Copenhagen and Europe/Oslo are CET/CEST).
 */
export const ROLLUP_FUNCTIONS_SQL = `
create or replace function dashboard_facts(m uuid, ids bigint[])
returns table (survey_id uuid, unit_id uuid, day date, channel text, item_id text, value float8, dont_know boolean)
language plpgsql stable as $fn$
#variable_conflict use_column
begin
  -- PL/pgSQL rather than SQL: its plan is cached per session (a SQL function is planned on every call,
  -- which cost more than the work for a small queue), and an empty queue returns at once.
  if ids is null or cardinality(ids) = 0 then return; end if;
  return query
  with r as (
    select r.id, r.survey_id, coalesce(r.unit_id, '00000000-0000-0000-0000-000000000000'::uuid) as unit_id,
           (r.submitted_hour at time zone 'Europe/Copenhagen')::date as day, r.channel
    from unnest(ids) as q(id)
    join survey_response r on r.municipality_id = m and r.id = q.id
  ), a as (
    select r.id, r.survey_id, r.unit_id, r.day, r.channel, a.item_id, a.value::float8 as value, a.dont_know
    from r join survey_answer a on a.municipality_id = m and a.response_id = r.id
    where a.item_id like 'coherence.%' or a.item_id like 'psychcost.%' or a.item_id like 'satisfaction.%'
  )
  select a.survey_id, a.unit_id, a.day, a.channel, a.item_id, a.value, a.dont_know from a
  union all
  select a.survey_id, a.unit_id, a.day, a.channel, 'index.coherence'::text, avg(a.value), false
  from a where a.item_id like 'coherence.%'
  group by a.id, a.survey_id, a.unit_id, a.day, a.channel
  having count(a.value) >= 3
  union all
  select r.survey_id, r.unit_id, r.day, r.channel, '*'::text, 1::float8, false from r;
end $fn$;

create or replace function dashboard_add(m uuid, ids bigint[]) returns void language sql as $fn$
  insert into dashboard_rollup as t (municipality_id, grain, unit_id, bucket, survey_id, item_id, channel,
    n, sum, sum_sq, dont_know, c1, c2, c3, c4, c5, c6)
  select m, case when grouping(f.week) = 0 then 'w' else 'm' end, f.unit_id, coalesce(f.week, f.month),
    f.survey_id, f.item_id, case when grouping(f.channel) = 0 then f.channel else '*' end,
    count(f.value), coalesce(sum(f.value), 0), coalesce(sum(f.value * f.value), 0),
    count(*) filter (where f.dont_know),
    count(*) filter (where floor(f.value) = 1), count(*) filter (where floor(f.value) = 2),
    count(*) filter (where floor(f.value) = 3), count(*) filter (where floor(f.value) = 4),
    count(*) filter (where floor(f.value) = 5), count(*) filter (where floor(f.value) = 6)
  from (select x.*, date_trunc('week', x.day::timestamp)::date as week, date_trunc('month', x.day::timestamp)::date as month
        from dashboard_facts(m, ids) x) f
  group by f.unit_id, f.survey_id, f.item_id, grouping sets ((f.week, f.channel), (f.month, f.channel), (f.week), (f.month))
  on conflict (municipality_id, grain, unit_id, bucket, survey_id, item_id, channel) do update set
    n = t.n + excluded.n, sum = t.sum + excluded.sum, sum_sq = t.sum_sq + excluded.sum_sq,
    dont_know = t.dont_know + excluded.dont_know, c1 = t.c1 + excluded.c1, c2 = t.c2 + excluded.c2,
    c3 = t.c3 + excluded.c3, c4 = t.c4 + excluded.c4, c5 = t.c5 + excluded.c5, c6 = t.c6 + excluded.c6
$fn$;

-- Moves every committed pending response into the rollup, in one transaction with the delete, so a
-- reader sees each response exactly once: either in the queue or in the rollup.
create or replace function dashboard_roll_up() returns bigint language plpgsql as $fn$
declare mid uuid; ids bigint[]; total bigint := 0;
begin
  if not pg_try_advisory_xact_lock(7410512) then return 0; end if;
  for mid in select distinct p.municipality_id from dashboard_pending p loop
    with d as (delete from dashboard_pending p where p.municipality_id = mid returning p.response_id)
    select array_agg(d.response_id) into ids from d;
    continue when ids is null;
    perform dashboard_add(mid, ids);
    total := total + cardinality(ids);
  end loop;
  return total;
end $fn$;

-- Recomputes one survey's rollup from its rolled responses (after a correction or an erasure).
create or replace function dashboard_rebuild(m uuid, s uuid) returns void language plpgsql as $fn$
begin
  perform pg_advisory_xact_lock(7410512);
  delete from dashboard_rollup where municipality_id = m and survey_id = s;
  perform dashboard_add(m, array(select r.id from survey_response r
    where r.municipality_id = m and r.survey_id = s
      and not exists (select 1 from dashboard_pending p where p.municipality_id = m and p.response_id = r.id)));
end $fn$;
`;

/** Triggers: enqueue new responses; rebuild on late answers, updates and deletes. */
export const ROLLUP_TRIGGERS_SQL = `
create or replace function dashboard_on_response_insert() returns trigger language plpgsql as $fn$
begin
  insert into dashboard_pending (municipality_id, response_id) select n.municipality_id, n.id from new_rows n
  on conflict do nothing;
  return null;
end $fn$;

-- Answers normally arrive with their response, often in the same statement (data-modifying CTEs),
-- where the order of the two statement triggers is not defined: so both queue the response, and the
-- queue's key makes the second a no-op. "Created by this transaction" is read from the row's xmin.
-- An answer added later to a response that is already rolled up triggers a rebuild of its survey.
create or replace function dashboard_on_answer_insert() returns trigger language plpgsql as $fn$
declare rec record;
begin
  insert into dashboard_pending (municipality_id, response_id)
    select distinct r.municipality_id, r.id from new_rows n
    join survey_response r on r.municipality_id = n.municipality_id and r.id = n.response_id
    where r.xmin = pg_current_xact_id()::xid
  on conflict do nothing;
  for rec in select distinct r.municipality_id, r.survey_id from new_rows n
    join survey_response r on r.municipality_id = n.municipality_id and r.id = n.response_id
    where r.xmin <> pg_current_xact_id()::xid
      and not exists (select 1 from dashboard_pending p
                      where p.municipality_id = n.municipality_id and p.response_id = n.response_id)
  loop perform dashboard_rebuild(rec.municipality_id, rec.survey_id); end loop;
  return null;
end $fn$;

create or replace function dashboard_on_change() returns trigger language plpgsql as $fn$
declare rec record;
begin
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
end $fn$;

create trigger dashboard_ins after insert on survey_response referencing new table as new_rows
  for each statement execute function dashboard_on_response_insert();
create trigger dashboard_upd after update on survey_response referencing old table as old_rows new table as new_rows
  for each statement execute function dashboard_on_change();
create trigger dashboard_del after delete on survey_response referencing old table as old_rows
  for each statement execute function dashboard_on_change();
create trigger dashboard_ins after insert on survey_answer referencing new table as new_rows
  for each statement execute function dashboard_on_answer_insert();
create trigger dashboard_upd after update on survey_answer referencing old table as old_rows new table as new_rows
  for each statement execute function dashboard_on_change();
create trigger dashboard_del after delete on survey_answer referencing old table as old_rows
  for each statement execute function dashboard_on_change();
`;
