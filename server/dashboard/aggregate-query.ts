import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import type { DayRange, TierPlan, TrendInterval } from './period.ts';

/** What one aggregate read covers and how it is grouped. Null filters mean "all". */
export interface AggregateQuery {
  range: DayRange;
  plan: TierPlan;
  unitIds: readonly string[] | null;
  surveyIds: readonly string[] | null;
  channel: string | null;
  items: readonly string[] | null;
  groupBy: 'none' | 'unit' | TrendInterval;
}

/** One aggregated row: sufficient statistics of an item in a survey and a group. */
export interface AggregateRow {
  survey_id: string;
  item_id: string;
  g: string;
  n: number;
  sum: number;
  sum_sq: number;
  dk: number;
  c1: number;
  c2: number;
  c3: number;
  c4: number;
  c5: number;
  c6: number;
}

const between = (col: RawBuilder<unknown>, r: DayRange) =>
  sql`(${col} >= ${r.from}::date and ${col} < ${r.to}::date)`;

/** Filters; on the rollup (`allChannels` = '*'), "every channel" reads the pre-summed '*' rows. */
function filters(
  q: AggregateQuery,
  unit: string,
  survey: string,
  channel: string,
  item: string,
  allChannels?: string,
) {
  const parts: RawBuilder<unknown>[] = [];
  if (q.unitIds) parts.push(sql`${sql.ref(unit)} = any(${[...q.unitIds]}::uuid[])`);
  if (q.surveyIds) parts.push(sql`${sql.ref(survey)} = any(${[...q.surveyIds]}::uuid[])`);
  const wanted = q.channel ?? allChannels;
  if (wanted) parts.push(sql`${sql.ref(channel)} = ${wanted}`);
  if (q.items) parts.push(sql`${sql.ref(item)} = any(${[...q.items]}::text[])`);
  return parts.length === 0 ? sql`true` : sql.join(parts, sql` and `);
}

function tierCondition(plan: TierPlan, range: DayRange) {
  return sql`r.grain = ${plan.grain} and ${between(sql.ref('r.bucket'), range)}`;
}

/** The group key for a source row: the unit, the trend period its bucket falls in, or nothing. */
function groupExpr(groupBy: AggregateQuery['groupBy'], unit: string, bucket: RawBuilder<unknown>) {
  if (groupBy === 'unit') return sql.ref(unit);
  if (groupBy === 'none') return sql`null::date`;
  return sql`date_trunc(${groupBy}::text, ${bucket}::timestamp)::date`;
}

/**
 * The one aggregate statement behind every dashboard figure: the rollup (the month or week tier) plus
 * the raw answers of responses still in the queue, in a single statement so the snapshot is consistent
 * and every figure exact. Each branch is aggregated on its own (the rollup branch is the same
 * index-only aggregate one would write by hand, grouped by survey too so that figures on different
 * scales are never mixed) and the two are simply appended: a group may come back twice, once per
 * branch, and the caller adds rows with the same key (`groupRows`), which it does anyway to merge
 * surveys. That spares the database a second aggregation over all group rows. (Grouping is by
 * position: the same expression with its own parameters would not match its select-list twin.)
 */
export async function aggregate(
  db: Kysely<Database>,
  tenant: Tenant,
  q: AggregateQuery,
): Promise<AggregateRow[]> {
  const m = tenant.municipalityId;
  const tailDay = sql`date_trunc(${q.plan.unit}::text, f.day::timestamp)::date`;
  const gr = groupExpr(q.groupBy, 'r.unit_id', sql.ref('r.bucket'));
  const gf = groupExpr(q.groupBy, 'f.unit_id', tailDay);
  const result = await sql<AggregateRow>`
    select r.survey_id, r.item_id, coalesce(${gr}::text, '') as g, sum(r.n) as n, sum(r.sum) as sum,
      sum(r.sum_sq) as sum_sq, sum(r.dont_know) as dk, sum(r.c1) as c1, sum(r.c2) as c2, sum(r.c3) as c3,
      sum(r.c4) as c4, sum(r.c5) as c5, sum(r.c6) as c6
    from dashboard_rollup r
    where r.municipality_id = ${m} and ${tierCondition(q.plan, q.range)}
      and ${filters(q, 'r.unit_id', 'r.survey_id', 'r.channel', 'r.item_id', '*')}
    group by 1, 2, 3
    union all
    select f.survey_id, f.item_id, coalesce(${gf}::text, ''), count(f.value), coalesce(sum(f.value), 0),
      coalesce(sum(f.value * f.value), 0), count(*) filter (where f.dont_know),
      count(*) filter (where floor(f.value) = 1), count(*) filter (where floor(f.value) = 2),
      count(*) filter (where floor(f.value) = 3), count(*) filter (where floor(f.value) = 4),
      count(*) filter (where floor(f.value) = 5), count(*) filter (where floor(f.value) = 6)
    from dashboard_facts(${m}::uuid,
      array(select p.response_id from dashboard_pending p where p.municipality_id = ${m})) f
    where ${between(tailDay, q.range)}
      and ${filters(q, 'f.unit_id', 'f.survey_id', 'f.channel', 'f.item_id')}
    group by 1, 2, 3`.execute(db);
  return result.rows.map((r) => ({
    ...r,
    n: Number(r.n),
    sum: Number(r.sum),
    sum_sq: Number(r.sum_sq),
    dk: Number(r.dk),
    c1: Number(r.c1 ?? 0),
    c2: Number(r.c2 ?? 0),
    c3: Number(r.c3 ?? 0),
    c4: Number(r.c4 ?? 0),
    c5: Number(r.c5 ?? 0),
    c6: Number(r.c6 ?? 0),
  }));
}
