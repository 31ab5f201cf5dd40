import { type Kysely, sql } from 'kysely';
import { ROLLUP_FUNCTIONS_SQL } from './0005_dashboard_sql.ts';

/**
 * Language and translation status as dashboard dimensions (issue 16).
 *
 * - `dashboard_rollup` gets `language` (the response's BCP 47 tag, `survey_response.locale`) and
 *   `translation_status` in its key, so filtered views stay index-only reads of the roll-up
 *   (docs/ARCHITECTURE.md, "Dashboard language filters"). No '*' rows for them: most municipalities
 *   get nearly all answers in one or two languages, so an unfiltered read sums few extra rows.
 * - `dashboard_facts` returns the two columns too (the queue branch of every read filters on them)
 *   and `dashboard_add` groups by them; `dashboard_roll_up` and `dashboard_rebuild` call these
 *   unchanged.
 * - The roll-up is rebuilt from the raw tables in one set-based statement (responses still in the
 *   queue are left to the queue).
 * - `smiley_press.language`: the language the terminal showed; null for presses stored before.
 *
 * Frozen SQL: this migration imports no live code.
 */
const FACTS = `
create function dashboard_facts(m uuid, ids bigint[])
returns table (survey_id uuid, unit_id uuid, day date, channel text, language text, translation_status text,
  item_id text, value float8, dont_know boolean)
language plpgsql stable as $fn$
#variable_conflict use_column
begin
  if ids is null or cardinality(ids) = 0 then return; end if;
  return query
  with r as (
    select r.id, r.survey_id, coalesce(r.unit_id, '00000000-0000-0000-0000-000000000000'::uuid) as unit_id,
           (r.submitted_hour at time zone 'Europe/Copenhagen')::date as day, r.channel,
           r.locale as language, r.translation_status
    from unnest(ids) as q(id)
    join survey_response r on r.municipality_id = m and r.id = q.id
  ), a as (
    select r.id, r.survey_id, r.unit_id, r.day, r.channel, r.language, r.translation_status,
           a.item_id, a.value::float8 as value, a.dont_know
    from r join survey_answer a on a.municipality_id = m and a.response_id = r.id
    where a.item_id like 'coherence.%' or a.item_id like 'psychcost.%' or a.item_id like 'satisfaction.%'
  )
  select a.survey_id, a.unit_id, a.day, a.channel, a.language, a.translation_status, a.item_id, a.value,
         a.dont_know from a
  union all
  select a.survey_id, a.unit_id, a.day, a.channel, a.language, a.translation_status, 'index.coherence'::text,
         avg(a.value), false
  from a where a.item_id like 'coherence.%'
  group by a.id, a.survey_id, a.unit_id, a.day, a.channel, a.language, a.translation_status
  having count(a.value) >= 3
  union all
  select r.survey_id, r.unit_id, r.day, r.channel, r.language, r.translation_status, '*'::text, 1::float8, false
  from r;
end $fn$`;

const COUNTS = `count(f.value), coalesce(sum(f.value), 0), coalesce(sum(f.value * f.value), 0),
    count(*) filter (where f.dont_know),
    count(*) filter (where floor(f.value) = 1), count(*) filter (where floor(f.value) = 2),
    count(*) filter (where floor(f.value) = 3), count(*) filter (where floor(f.value) = 4),
    count(*) filter (where floor(f.value) = 5), count(*) filter (where floor(f.value) = 6)`;
const COLUMNS = `municipality_id, grain, unit_id, bucket, survey_id, item_id, channel, language,
    translation_status, n, sum, sum_sq, dont_know, c1, c2, c3, c4, c5, c6`;
const KEY =
  'municipality_id, grain, unit_id, bucket, survey_id, item_id, channel, language, translation_status';
const GROUPING = `group by f.unit_id, f.survey_id, f.item_id, f.language, f.translation_status,
    grouping sets ((f.week, f.channel), (f.month, f.channel), (f.week), (f.month))`;

const ADD = `
create or replace function dashboard_add(m uuid, ids bigint[]) returns void language sql as $fn$
  insert into dashboard_rollup as t (${COLUMNS})
  select m, case when grouping(f.week) = 0 then 'w' else 'm' end, f.unit_id, coalesce(f.week, f.month),
    f.survey_id, f.item_id, case when grouping(f.channel) = 0 then f.channel else '*' end,
    f.language, f.translation_status, ${COUNTS}
  from (select x.*, date_trunc('week', x.day::timestamp)::date as week,
          date_trunc('month', x.day::timestamp)::date as month
        from dashboard_facts(m, ids) x) f
  ${GROUPING}
  on conflict (${KEY}) do update set
    n = t.n + excluded.n, sum = t.sum + excluded.sum, sum_sq = t.sum_sq + excluded.sum_sq,
    dont_know = t.dont_know + excluded.dont_know, c1 = t.c1 + excluded.c1, c2 = t.c2 + excluded.c2,
    c3 = t.c3 + excluded.c3, c4 = t.c4 + excluded.c4, c5 = t.c5 + excluded.c5, c6 = t.c6 + excluded.c6
$fn$`;

/** Every municipality's roll-up from the raw tables, in one statement (as server/dashboard/bulk-rollup.ts). */
const BACKFILL = `
insert into dashboard_rollup (${COLUMNS})
with r as materialized (
  select r.municipality_id, r.id, r.survey_id,
    coalesce(r.unit_id, '00000000-0000-0000-0000-000000000000'::uuid) as unit_id, r.channel,
    r.locale as language, r.translation_status,
    (r.submitted_hour at time zone 'Europe/Copenhagen')::date::timestamp as day
  from survey_response r
  where not exists (select 1 from dashboard_pending p
                    where p.municipality_id = r.municipality_id and p.response_id = r.id)
), a as (
  select r.municipality_id, r.id, r.survey_id, r.unit_id, r.day, r.channel, r.language, r.translation_status,
    a.item_id, a.value::float8 as value, a.dont_know
  from r join survey_answer a on a.municipality_id = r.municipality_id and a.response_id = r.id
  where a.item_id like 'coherence.%' or a.item_id like 'psychcost.%' or a.item_id like 'satisfaction.%'
), f as (
  select x.*, date_trunc('week', x.day)::date as week, date_trunc('month', x.day)::date as month
  from (
    select a.municipality_id, a.survey_id, a.unit_id, a.day, a.channel, a.language, a.translation_status,
      a.item_id, a.value, a.dont_know from a
    union all
    select a.municipality_id, a.survey_id, a.unit_id, a.day, a.channel, a.language, a.translation_status,
      'index.coherence'::text, avg(a.value), false
    from a where a.item_id like 'coherence.%'
    group by a.municipality_id, a.id, a.survey_id, a.unit_id, a.day, a.channel, a.language, a.translation_status
    having count(a.value) >= 3
    union all
    select r.municipality_id, r.survey_id, r.unit_id, r.day, r.channel, r.language, r.translation_status,
      '*'::text, 1::float8, false from r
  ) x
)
select f.municipality_id, case when grouping(f.week) = 0 then 'w' else 'm' end, f.unit_id,
  coalesce(f.week, f.month), f.survey_id, f.item_id,
  case when grouping(f.channel) = 0 then f.channel else '*' end, f.language, f.translation_status, ${COUNTS}
from f
group by f.municipality_id, f.unit_id, f.survey_id, f.item_id, f.language, f.translation_status,
  grouping sets ((f.week, f.channel), (f.month, f.channel), (f.week), (f.month))`;

const STATS = 'n, sum, sum_sq, dont_know, c1, c2, c3, c4, c5, c6';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table smiley_press add column language text
    check (language is null or length(language) between 2 and 35)`.execute(db);

  await sql`select pg_advisory_xact_lock(7410512)`.execute(db);
  await sql`delete from dashboard_rollup`.execute(db);
  await sql`alter table dashboard_rollup add column language text not null default 'und',
    add column translation_status text not null default 'reviewed'
      check (translation_status in ('validated', 'reviewed', 'unreviewed'))`.execute(db);
  await sql`alter table dashboard_rollup alter column language drop default,
    alter column translation_status drop default`.execute(db);
  await sql`alter table dashboard_rollup drop constraint dashboard_rollup_pk`.execute(db);
  await sql
    .raw(`alter table dashboard_rollup add constraint dashboard_rollup_pk primary key (${KEY})`)
    .execute(db);
  await sql`drop index dashboard_rollup_bucket_idx`.execute(db);
  await sql`drop index dashboard_rollup_item_idx`.execute(db);
  await sql
    .raw(`create index dashboard_rollup_bucket_idx on dashboard_rollup (municipality_id, grain, channel, bucket)
          include (unit_id, survey_id, item_id, language, translation_status, ${STATS})`)
    .execute(db);
  await sql
    .raw(`create index dashboard_rollup_item_idx on dashboard_rollup (municipality_id, grain, item_id, channel, bucket)
          include (unit_id, survey_id, language, translation_status, ${STATS})`)
    .execute(db);

  // The return type changes, so the function is dropped and created (dashboard_add is a SQL function
  // whose body is resolved when it runs, so it does not hold a dependency on it).
  await sql`drop function dashboard_facts(uuid, bigint[])`.execute(db);
  await sql.raw(FACTS).execute(db);
  await sql.raw(ADD).execute(db);
  await sql.raw(BACKFILL).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table smiley_press drop column language`.execute(db);
  // Back to the roll-up of 0005: its functions, its key, and every response through the queue again.
  await sql`delete from dashboard_rollup`.execute(db);
  await sql`drop function dashboard_facts(uuid, bigint[])`.execute(db);
  for (const statement of ROLLUP_FUNCTIONS_SQL.split(/;\s*\n(?=(?:--.*\n)*create )/))
    await sql.raw(statement).execute(db);
  await sql`alter table dashboard_rollup drop constraint dashboard_rollup_pk`.execute(db);
  await sql`alter table dashboard_rollup drop column language, drop column translation_status`.execute(db);
  await sql`alter table dashboard_rollup add constraint dashboard_rollup_pk
    primary key (municipality_id, grain, unit_id, bucket, survey_id, item_id, channel)`.execute(db);
  // Dropping the columns dropped the covering indexes that held them.
  await sql
    .raw(`create index if not exists dashboard_rollup_bucket_idx on dashboard_rollup
    (municipality_id, grain, channel, bucket) include (unit_id, survey_id, item_id, ${STATS})`)
    .execute(db);
  await sql
    .raw(`create index if not exists dashboard_rollup_item_idx on dashboard_rollup
    (municipality_id, grain, item_id, channel, bucket) include (unit_id, survey_id, ${STATS})`)
    .execute(db);
  await sql`insert into dashboard_pending (municipality_id, response_id)
            select municipality_id, id from survey_response on conflict do nothing`.execute(db);
}
