import { type Kysely, sql } from 'kysely';

/**
 * A bounded roll-up step. `dashboard_roll_up()` moves the whole queue in one transaction: after a busy
 * five seconds (thousands of responses) that held one connection for a second or more — on the embedded
 * PGlite, which has one connection, every citizen's submission waited behind it (p99 1.4 s at 2,800
 * responses/s). `dashboard_roll_up_step(max_n)` moves at most `max_n` queued responses (oldest first) and
 * returns how many; the scheduler calls it again at once while steps come back full, so other queries
 * get the connection between steps. `dashboard_roll_up()` stays for callers that want everything now
 * (demo seed, retention). Same advisory lock: a no-op while another instance rolls up.
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

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(STEP).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function dashboard_roll_up_step(integer)`.execute(db);
}
