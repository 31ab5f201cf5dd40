import { type Kysely, sql } from 'kysely';
import type { Database } from '../server/db/types.ts';
import { makeMunicipality, makeUser } from '../server/seed/factories.ts';

export const BENCH_UNITS = 200;
export const BENCH_MONTHS = 24;
export const BENCH_PASSWORD = 'bench-password-123456';
const ITEMS = [
  'coherence.solutions',
  'coherence.involvement',
  'coherence.information',
  'coherence.language',
  'coherence.cooperation',
  'coherence.respect',
  'psychcost.stress',
  'psychcost.frustration',
  'psychcost.powerlessness',
  'satisfaction.overall',
];

export interface BenchTenant {
  municipalityId: string;
  unitIds: string[];
  surveyIds: string[];
  email: string;
}

/**
 * One municipality: 10 departments × `perDepartment` units (default 20, so 200), 4 surveys over a
 * quarter of the units each, an analyst to sign in (`analyst@<slug>.dk`).
 */
export async function createBenchTenant(
  db: Kysely<Database>,
  { slug = 'bench', perDepartment = 20 } = {},
): Promise<BenchTenant> {
  const m = await makeMunicipality(db, { slug, name: `Benchkommune ${slug}` });
  const depts = await sql<{ id: string }>`
    insert into org_unit (municipality_id, name, kind)
    select ${m.id}, 'Afdeling ' || g, 'department' from generate_series(1, 10) g returning id`.execute(db);
  const units = await sql<{ id: string }>`
    insert into org_unit (municipality_id, name, kind, parent_id)
    select ${m.id}, 'Enhed ' || lpad(((d.k - 1) * ${perDepartment}::int + g)::text, 3, '0'), 'unit', d.id
    from unnest(${depts.rows.map((d) => d.id)}::uuid[]) with ordinality d(id, k), generate_series(1, ${perDepartment}::int) g
    order by d.k, g returning id`.execute(db);
  const surveys = await sql<{ id: string }>`
    insert into survey (municipality_id, title, status, definition, public_token)
    select ${m.id}, 'Bench ' || g, 'open', '{"sets":["coherence","psychcost","satisfaction"]}', 'bench-' || g || '-' || md5(random()::text)
    from generate_series(1, 4) g returning id`.execute(db);
  const email = `analyst@${slug}.dk`;
  await makeUser(db, m.id, { email, name: 'Bench', role: 'analyst', password: BENCH_PASSWORD });
  return {
    municipalityId: m.id,
    unitIds: units.rows.map((u) => u.id),
    surveyIds: surveys.rows.map((s) => s.id),
    email,
  };
}

/** The tenant `createBenchTenant` made, found again in a database loaded earlier. */
export async function findBenchTenant(db: Kysely<Database>): Promise<BenchTenant> {
  const m = await db
    .selectFrom('municipality')
    .select('id')
    .where('slug', '=', 'bench')
    .executeTakeFirstOrThrow();
  const units = await db
    .selectFrom('org_unit')
    .select('id')
    .where('municipality_id', '=', m.id)
    .where('kind', '=', 'unit')
    .orderBy('name')
    .execute();
  const surveys = await db
    .selectFrom('survey')
    .select('id')
    .where('municipality_id', '=', m.id)
    .orderBy('title')
    .execute();
  return {
    municipalityId: m.id,
    unitIds: units.map((u) => u.id),
    surveyIds: surveys.map((s) => s.id),
    email: 'analyst@bench.dk',
  };
}

/**
 * Adds responses numbered [from, to) deterministically (hash of the number, no randomness): unit,
 * channel and hour spread over the last 24 months, ten answers each around a per-unit level, ~5 %
 * "ved ikke". Triggers are off while loading (bulk path), so nothing is queued; the rollup is then
 * rebuilt set-based (`server/dashboard/bulk-rollup.ts`, tested equal to what the queue builds).
 */
export async function loadResponses(
  db: Kysely<Database>,
  t: BenchTenant,
  from: number,
  to: number,
  chunk = 250_000,
): Promise<void> {
  const units = t.unitIds.length;
  const perSurvey = Math.ceil(units / t.surveyIds.length);
  for (let lo = from; lo < to; lo += chunk) {
    const hi = Math.min(to, lo + chunk);
    await db.connection().execute(async (c) => {
      await sql`set session_replication_role = replica`.execute(c);
      await sql`
        with g as (
          select g, abs(hashtext('u' || g)) % ${units}::int + 1 as uk, abs(hashtext('l' || g)) % 100 as lk
          from generate_series(${lo}::int, ${hi - 1}::int) g
        ), r as (
          insert into survey_response (municipality_id, survey_id, unit_id, channel, locale, translation_status,
            submitted_hour)
          select ${t.municipalityId}, (${t.surveyIds}::uuid[])[1 + (g.uk - 1) / ${perSurvey}::int], (${t.unitIds}::uuid[])[g.uk],
            (array['link', 'qr', 'kiosk'])[1 + abs(hashtext('c' || g.g)) % 3],
            -- 85 % Danish, 7 % English, 5 % Arabic, 3 % Ukrainian; Arabic and Ukrainian partly unreviewed.
            case when g.lk < 85 then 'da' when g.lk < 92 then 'en' when g.lk < 97 then 'ar' else 'uk' end,
            case when g.lk >= 95 then 'unreviewed' else 'reviewed' end,
            date_trunc('hour', date_trunc('month', now()) - interval '${sql.raw(String(BENCH_MONTHS - 1))} months'
              + (abs(hashtext('t' || g.g)) % (${BENCH_MONTHS * 30 * 24}::int)) * interval '1 hour')
          from g
          returning municipality_id, id, unit_id
        )
        insert into survey_answer (municipality_id, response_id, item_id, value, dont_know)
        select r.municipality_id, r.id, i.item,
          case when abs(hashtext('d' || r.id || i.item)) % 100 < 5 then null
               else least(5, greatest(1, 1 + (abs(hashtext(r.unit_id::text)) % 3)
                    + (abs(hashtext('v' || r.id || i.item)) % 4) - (case when i.item like 'psych%' then 1 else 0 end)))::smallint end,
          abs(hashtext('d' || r.id || i.item)) % 100 < 5
        from r cross join unnest(${ITEMS}::text[]) as i(item)`.execute(c);
      await sql`reset session_replication_role`.execute(c);
    });
  }
}

/**
 * Runs `load` with the indexes of `tables` dropped and builds them again afterwards, in the usual order
 * for a bulk load (one sort per index instead of a B-tree insert per row; 12.3 s with the indexes
 * against 3.8 s + 3.4 s to build them for twice the rows, docs/performance/scale.md). Indexes that a foreign key points at stay (the response
 * primary key). Read from the catalogue, so they always match the migrations. PostgreSQL only.
 */
export async function withoutIndexes(
  db: Kysely<Database>,
  tables: readonly string[],
  load: () => Promise<void>,
): Promise<void> {
  const r = await sql<{ tbl: string; name: string; ddl: string; con: string | null }>`
    select t.relname as tbl, c.relname as name, pg_get_indexdef(c.oid) as ddl, pg_get_constraintdef(k.oid) as con
    from pg_index i join pg_class c on c.oid = i.indexrelid join pg_class t on t.oid = i.indrelid
    left join pg_constraint k on k.conindid = i.indexrelid and k.conrelid = i.indrelid and k.contype in ('p', 'u')
    where t.relname = any(${[...tables]}::text[])
      and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = i.indexrelid)`.execute(
    db,
  );
  for (const i of r.rows)
    await sql
      .raw(i.con ? `alter table ${i.tbl} drop constraint "${i.name}"` : `drop index "${i.name}"`)
      .execute(db);
  await load();
  await db.connection().execute(async (c) => {
    await sql`set maintenance_work_mem = '1GB'`.execute(c);
    for (const i of r.rows)
      await sql.raw(i.con ? `alter table ${i.tbl} add constraint "${i.name}" ${i.con}` : i.ddl).execute(c);
  });
}

/** The highest response id so far (0 when none). */
export async function maxResponseId(db: Kysely<Database>): Promise<number> {
  const r = await sql<{ id: number | null }>`select max(id)::bigint as id from survey_response`.execute(db);
  return Number(r.rows[0]?.id ?? 0);
}
