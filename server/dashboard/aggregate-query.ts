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

function groupExpr(groupBy: AggregateQuery['groupBy']) {
  if (groupBy === 'unit') return sql`x.unit_id::text`;
  if (groupBy === 'none') return sql`''`;
  return sql`date_trunc(${groupBy}::text, x.bucket::timestamp)::date::text`;
}

/**
 * The one aggregate statement behind every dashboard figure: the rollup (the month or week tier) plus the raw answers of responses still in the queue, summed in a single
 * statement so the snapshot is consistent and every figure exact. Grouped by survey too, so that
 * figures on different scales are never mixed.
 */
export async function aggregate(
  db: Kysely<Database>,
  tenant: Tenant,
  q: AggregateQuery,
): Promise<AggregateRow[]> {
  const m = tenant.municipalityId;
  const g = groupExpr(q.groupBy);
  const result = await sql<AggregateRow>`
    select x.survey_id, x.item_id, ${g} as g, sum(x.n) as n, sum(x.sum) as sum, sum(x.sum_sq) as sum_sq,
      sum(x.dont_know) as dk, sum(x.c1) as c1, sum(x.c2) as c2, sum(x.c3) as c3, sum(x.c4) as c4,
      sum(x.c5) as c5, sum(x.c6) as c6
    from (
      select r.survey_id, r.item_id, r.unit_id, r.bucket, r.n, r.sum, r.sum_sq, r.dont_know,
        r.c1, r.c2, r.c3, r.c4, r.c5, r.c6
      from dashboard_rollup r
      where r.municipality_id = ${m} and ${tierCondition(q.plan, q.range)}
        and ${filters(q, 'r.unit_id', 'r.survey_id', 'r.channel', 'r.item_id', '*')}
      union all
      select f.survey_id, f.item_id, f.unit_id, date_trunc(${q.plan.unit}::text, f.day::timestamp)::date, (f.value is not null)::int, coalesce(f.value, 0),
        coalesce(f.value * f.value, 0), f.dont_know::int,
        (floor(f.value) = 1)::int, (floor(f.value) = 2)::int, (floor(f.value) = 3)::int,
        (floor(f.value) = 4)::int, (floor(f.value) = 5)::int, (floor(f.value) = 6)::int
      from dashboard_facts(${m}::uuid,
        array(select p.response_id from dashboard_pending p where p.municipality_id = ${m})) f
      where ${between(sql`date_trunc(${q.plan.unit}::text, f.day::timestamp)::date`, q.range)}
        and ${filters(q, 'f.unit_id', 'f.survey_id', 'f.channel', 'f.item_id')}
    ) x
    group by x.survey_id, x.item_id, g`.execute(db);
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
