import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/types.ts';
import { NO_UNIT_ID } from './tables.ts';

const COUNTS = sql`count(f.value), coalesce(sum(f.value), 0), coalesce(sum(f.value * f.value), 0),
  count(*) filter (where f.dont_know),
  count(*) filter (where floor(f.value) = 1), count(*) filter (where floor(f.value) = 2),
  count(*) filter (where floor(f.value) = 3), count(*) filter (where floor(f.value) = 4),
  count(*) filter (where floor(f.value) = 5), count(*) filter (where floor(f.value) = 6)`;

/**
 * Both tiers of the rollup computed set-based from the raw tables in one pass: the same facts as
 * `dashboard_facts` (answers of the built-in sets, the per-respondent coherence index with ≥ 3 valid
 * answers, one `*` row per response), grouped (with language and translation status, migration 0025) by the same four grouping sets as
 * `dashboard_add`
 * (week or month, each per channel and for all channels '*'). Reading the answers once for both tiers
 * halves the work of one statement per tier. Responses still in the queue are left out: the queue adds
 * them later, so each is counted once.
 */
export function bulkInsert(m: string) {
  return sql`
    insert into dashboard_rollup (municipality_id, grain, unit_id, bucket, survey_id, item_id, channel,
      language, translation_status, n, sum, sum_sq, dont_know, c1, c2, c3, c4, c5, c6)
    with r as materialized (
      select r.id, r.survey_id, coalesce(r.unit_id, ${NO_UNIT_ID}::uuid) as unit_id, r.channel,
        r.locale as language, r.translation_status,
        (r.submitted_hour at time zone 'Europe/Copenhagen')::date::timestamp as day
      from survey_response r
      where r.municipality_id = ${m}
        and not exists (select 1 from dashboard_pending p where p.municipality_id = ${m} and p.response_id = r.id)
    ), a as (
      select r.id, r.survey_id, r.unit_id, r.day, r.channel, r.language, r.translation_status, a.item_id, a.value::float8 as value, a.dont_know
      from r join survey_answer a on a.municipality_id = ${m} and a.response_id = r.id
      where a.item_id like 'coherence.%' or a.item_id like 'psychcost.%' or a.item_id like 'satisfaction.%'
    ), f as (
      select x.*, date_trunc('week', x.day)::date as week, date_trunc('month', x.day)::date as month
      from (
        select a.survey_id, a.unit_id, a.day, a.channel, a.language, a.translation_status, a.item_id, a.value,
          a.dont_know from a
        union all
        select a.survey_id, a.unit_id, a.day, a.channel, a.language, a.translation_status,
          'index.coherence'::text, avg(a.value), false
        from a where a.item_id like 'coherence.%'
        group by a.id, a.survey_id, a.unit_id, a.day, a.channel, a.language, a.translation_status
        having count(a.value) >= 3
        union all
        select r.survey_id, r.unit_id, r.day, r.channel, r.language, r.translation_status, '*'::text,
          1::float8, false from r
      ) x
    )
    select ${m}::uuid, case when grouping(f.week) = 0 then 'w' else 'm' end, f.unit_id,
      coalesce(f.week, f.month), f.survey_id, f.item_id,
      case when grouping(f.channel) = 0 then f.channel else '*' end, f.language, f.translation_status,
      ${COUNTS}
    from f
    group by f.unit_id, f.survey_id, f.item_id, f.language, f.translation_status,
      grouping sets ((f.week, f.channel), (f.month, f.channel), (f.week), (f.month))`;
}

/**
 * The rollup's indexes (primary key included) as statements that drop and re-create them, read from
 * the catalogue so they always match the migrations.
 */
async function rollupIndexes(db: Kysely<Database>): Promise<{ drop: string; create: string }[]> {
  const r = await sql<{ name: string; ddl: string; constraint_def: string | null }>`
    select c.relname as name, pg_get_indexdef(c.oid) as ddl, pg_get_constraintdef(k.oid) as constraint_def
    from pg_index i join pg_class c on c.oid = i.indexrelid
    left join pg_constraint k on k.conindid = i.indexrelid
    where i.indrelid = 'dashboard_rollup'::regclass`.execute(db);
  return r.rows.map((i) =>
    i.constraint_def
      ? {
          drop: `alter table dashboard_rollup drop constraint "${i.name}"`,
          create: `alter table dashboard_rollup add constraint "${i.name}" ${i.constraint_def}`,
        }
      : { drop: `drop index "${i.name}"`, create: i.ddl },
  );
}

/**
 * Rebuilds a municipality's whole rollup from the raw tables with one INSERT … SELECT … GROUP BY, in
 * one transaction. This is the bulk path (initial load, benchmarks): it reads every response once
 * instead of handing millions of ids to `dashboard_add`. It
 * holds the roll-up lock, so the queue step cannot move responses in between; the result equals what
 * the queue would have built (checked by `bulk-rollup.test.ts`). With `dropIndexes` the table's
 * indexes are dropped first and built again at the end (a sort instead of a million random B-tree
 * inserts), which locks the table for everyone meanwhile: only for an initial load with no users.
 * Returns the number of rollup rows written.
 */
export async function rebuildRollup(
  db: Kysely<Database>,
  municipalityId: string,
  options: { dropIndexes?: boolean } = {},
): Promise<number> {
  return rebuildRollups(db, [municipalityId], options);
}

/**
 * `rebuildRollup` for several municipalities in one transaction. With `dropIndexes` the indexes are
 * dropped once and built once at the end: rebuilding one municipality after the other with
 * `dropIndexes` would re-index every other municipality's rows each time, and without it every row
 * is a random insert into three wide B-trees (more than twice the cost of computing it: 7.8 s against
 * 3.3 s per bench municipality of 4,949 responses, docs/performance/scale.md). Returns the number of
 * rollup rows written.
 */
export async function rebuildRollups(
  db: Kysely<Database>,
  municipalityIds: readonly string[],
  options: { dropIndexes?: boolean } = {},
): Promise<number> {
  return db.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(7410512)`.execute(tx);
    // Enough memory for the grouping in one batch (about 150 bytes per rollup row), for this
    // transaction only.
    await sql`set local work_mem = '512MB'`.execute(tx);
    // One delete, while the indexes can still find the rows.
    await sql`delete from dashboard_rollup where municipality_id = any(${[...municipalityIds]}::uuid[])`.execute(
      tx,
    );
    const indexes = options.dropIndexes ? await rollupIndexes(tx) : [];
    for (const i of indexes) await sql.raw(i.drop).execute(tx);
    if (options.dropIndexes) await sql`set local maintenance_work_mem = '1GB'`.execute(tx);
    let written = 0;
    for (const m of municipalityIds) {
      const result = await bulkInsert(m).execute(tx);
      written += Number(result.numAffectedRows ?? 0);
    }
    for (const i of indexes) await sql.raw(i.create).execute(tx);
    return written;
  });
}

/**
 * `rebuildRollups` with the indexes dropped, spread over `connections` database sessions (the
 * grouping is CPU-bound and PostgreSQL runs an INSERT … SELECT on one core). Not one transaction: the
 * indexes stay dropped between the municipalities' transactions, and the queue's step (an upsert,
 * which needs the primary key) fails meanwhile, so this is for an initial load with the app stopped,
 * like a restore. Each municipality's rows are written in its own transaction under the roll-up
 * lock taken shared, so a queue step that starts anyway skips its turn; the indexes are built again
 * at the end, also after an error. Returns the number of rollup rows written.
 */
export async function rebuildRollupsInParallel(
  db: Kysely<Database>,
  municipalityIds: readonly string[],
  connections: number,
): Promise<number> {
  const indexes = await db.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(7410512)`.execute(tx);
    await sql`delete from dashboard_rollup where municipality_id = any(${[...municipalityIds]}::uuid[])`.execute(
      tx,
    );
    const list = await rollupIndexes(tx);
    for (const i of list) await sql.raw(i.drop).execute(tx);
    return list;
  });
  let written = 0;
  let next = 0;
  const worker = async () => {
    for (let m = municipalityIds[next++]; m !== undefined; m = municipalityIds[next++]) {
      const id = m;
      // Not `written += await …`: that reads `written` before the other session adds to it.
      const n = await db.transaction().execute(async (tx) => {
        await sql`select pg_advisory_xact_lock_shared(7410512)`.execute(tx);
        await sql`set local work_mem = '512MB'`.execute(tx);
        const result = await bulkInsert(id).execute(tx);
        return Number(result.numAffectedRows ?? 0);
      });
      written += n;
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, connections) }, worker));
  } finally {
    await db.connection().execute(async (c) => {
      await sql`set maintenance_work_mem = '1GB'`.execute(c);
      for (const i of indexes) await sql.raw(i.create).execute(c);
    });
  }
  return written;
}
