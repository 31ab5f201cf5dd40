import { type Kysely, sql } from 'kysely';
import { ROLLUP_FUNCTIONS_SQL } from './0005_dashboard_sql.ts';

/**
 * A bounded roll-up step. `dashboard_roll_up()` moves the whole queue in one transaction: after a busy
 * five seconds (thousands of responses) that held one connection for a second or more — on the embedded
 * PGlite, which has one connection, every citizen's submission waited behind it (p99 1.4 s at 2,800
 * responses/s). `dashboard_roll_up_step(max_n)` moves at most `max_n` queued responses (oldest first) and
 * returns how many; the scheduler calls it again at once while steps come back full, so other queries
 * get the connection between steps. `dashboard_roll_up()` stays for callers that want everything now
 * (demo seed, retention), as the step without a bound: one loop for both. Same advisory lock: a no-op
 * while another instance rolls up.
 *
 * Frozen SQL: this migration imports no live code.
 */
const STEP = `
create or replace function dashboard_roll_up_step(max_n integer) returns bigint language plpgsql as $fn$
declare mid uuid; ids bigint[]; total bigint := 0;
begin
  if max_n < 1 then return 0; end if;
  if not pg_try_advisory_xact_lock(7410512) then return 0; end if;
  for mid in select distinct p.municipality_id from dashboard_pending p loop
    exit when total >= max_n;
    with d as (
      delete from dashboard_pending p
      where p.municipality_id = mid and p.response_id in (
        select q.response_id from dashboard_pending q where q.municipality_id = mid
        order by q.response_id limit max_n - total)
      returning p.response_id)
    select array_agg(d.response_id) into ids from d;
    continue when ids is null;
    perform dashboard_add(mid, ids);
    total := total + cardinality(ids);
  end loop;
  return total;
end $fn$;
`;

const ROLL_UP = `
create or replace function dashboard_roll_up() returns bigint language sql as $fn$
  select dashboard_roll_up_step(2147483647)
$fn$;
`;

/** 0005's own `dashboard_roll_up()`, for `down` (the statement as that migration installed it). */
const ROLL_UP_0005 = ROLLUP_FUNCTIONS_SQL.split(/;\s*\n(?=(?:--.*\n)*create )/).find((statement) =>
  statement.includes('function dashboard_roll_up()'),
);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(STEP).execute(db);
  await sql.raw(ROLL_UP).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!ROLL_UP_0005) throw new Error('0005 has no dashboard_roll_up()');
  await sql.raw(ROLL_UP_0005).execute(db);
  await sql`drop function dashboard_roll_up_step(integer)`.execute(db);
}
