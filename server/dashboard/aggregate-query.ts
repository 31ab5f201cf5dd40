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
  /** The language / translation-status filter; null = every answer. */
  selection: Selection | null;
  /** What rows are grouped by; the row key `g` joins the chosen parts with '|' (unit|period|channel). */
  group: GroupBy;
  /**
   * Group by survey too. Needed only when the surveys answer items on different scales; otherwise rows
   * come back with a null survey and one scale for all, which spares the database a grouping key.
   */
  bySurvey: boolean;
  /** Only n and "ved ikke" (what suppression needs): a third of the columns to send and parse. */
  countsOnly?: boolean;
}

/** Grouping: per unit, per trend period, per channel (then every channel on its own, never '*'). */
export interface GroupBy {
  unit: boolean;
  interval: TrendInterval | null;
  channel: boolean;
  /**
   * Per "in the language selection or not" (key part 'true'/'false') instead of filtering by it, so
   * suppression can protect the selection together with what it leaves out (cells.ts, layers.ts).
   */
  selection?: boolean;
  /** Per language (the last key part): the per-language counts. */
  language?: boolean;
}

/** Include/exclude lists of canonical language tags and translation statuses; empty = no condition. */
export interface Selection {
  languages: readonly string[];
  excludeLanguages: readonly string[];
  statuses: readonly string[];
  excludeStatuses: readonly string[];
}

/**
 * The selection as a condition on a row (`t` = table alias). Literal values, not parameters, so the
 * same text can stand in the select list and in GROUP BY; they are canonical tags and known status
 * words, checked by the route, and `sql.lit` quotes them anyway.
 */
function selected(s: Selection, t: 'r' | 'f') {
  const list = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));
  const lang = sql.ref(`${t}.language`);
  const status = sql.ref(`${t}.translation_status`);
  const parts: RawBuilder<unknown>[] = [];
  if (s.languages.length) parts.push(sql`${lang} in (${list(s.languages)})`);
  if (s.excludeLanguages.length) parts.push(sql`${lang} not in (${list(s.excludeLanguages)})`);
  if (s.statuses.length) parts.push(sql`${status} in (${list(s.statuses)})`);
  if (s.excludeStatuses.length) parts.push(sql`${status} not in (${list(s.excludeStatuses)})`);
  return parts.length === 0 ? sql`true` : sql`(${sql.join(parts, sql` and `)})`;
}

/** One aggregated row: sufficient statistics of an item in a survey (null: all surveys) and a group. */
export interface AggregateRow {
  survey_id: string | null;
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
  if (q.selection && !q.group.selection) parts.push(selected(q.selection, unit.startsWith('r.') ? 'r' : 'f'));
  if (q.unitIds) parts.push(sql`${sql.ref(unit)} = any(${[...q.unitIds]}::uuid[])`);
  if (q.surveyIds) parts.push(sql`${sql.ref(survey)} = any(${[...q.surveyIds]}::uuid[])`);
  // Per channel: every real channel (on the rollup, all rows but the '*' sums).
  const wanted = q.group.channel ? null : (q.channel ?? allChannels);
  if (wanted) parts.push(sql`${sql.ref(channel)} = ${wanted}`);
  else if (q.group.channel && allChannels) parts.push(sql`${sql.ref(channel)} <> ${allChannels}`);
  if (q.items) parts.push(sql`${sql.ref(item)} = any(${[...q.items]}::text[])`);
  return parts.length === 0 ? sql`true` : sql.join(parts, sql` and `);
}

function tierCondition(plan: TierPlan, range: DayRange) {
  return sql`r.grain = ${plan.grain} and ${between(sql.ref('r.bucket'), range)}`;
}

/**
 * The grouping expressions of one branch (`t` = table alias, `bucket` = its day or bucket column).
 * Written without bound parameters (the interval is one of three known words), so the same text can
 * stand in the select list and in GROUP BY: grouping on the uuid, date and text themselves and turning
 * only the group rows into the key text is cheaper than grouping on the text.
 */
function keys(q: AggregateQuery, t: 'r' | 'f', bucket: RawBuilder<unknown>) {
  const parts: RawBuilder<unknown>[] = [];
  if (q.group.unit) parts.push(sql.ref(`${t}.unit_id`));
  if (q.group.interval) parts.push(sql`date_trunc(${sql.lit(q.group.interval)}, ${bucket}::timestamp)::date`);
  if (q.group.channel) parts.push(sql.ref(`${t}.channel`));
  if (q.group.selection) parts.push(q.selection ? selected(q.selection, t) : sql`true`);
  if (q.group.language) parts.push(sql.ref(`${t}.language`));
  const item = sql.ref(`${t}.item_id`);
  const survey = q.bySurvey ? sql.ref(`${t}.survey_id`) : sql`null::uuid`;
  const g =
    parts.length === 0
      ? sql`''`
      : sql.join(
          parts.map((p) => sql`(${p})::text`),
          sql` || '|' || `,
        );
  const select = sql`${survey} as survey_id, ${item} as item_id, ${g} as g`;
  const group = sql.join([...parts, item, ...(q.bySurvey ? [survey] : [])]);
  return { select, group };
}

// The rest of the sufficient statistics, in the same order in both branches (n and dk come first).
const ROLLUP_STATS = sql`, sum(r.sum) as sum, sum(r.sum_sq) as sum_sq, sum(r.c1) as c1, sum(r.c2) as c2,
  sum(r.c3) as c3, sum(r.c4) as c4, sum(r.c5) as c5, sum(r.c6) as c6`;
const QUEUE_STATS = sql`, coalesce(sum(f.value), 0), coalesce(sum(f.value * f.value), 0),
  count(*) filter (where floor(f.value) = 1), count(*) filter (where floor(f.value) = 2),
  count(*) filter (where floor(f.value) = 3), count(*) filter (where floor(f.value) = 4),
  count(*) filter (where floor(f.value) = 5), count(*) filter (where floor(f.value) = 6)`;

/**
 * The one aggregate statement behind every dashboard figure: the rollup (the month or week tier) plus
 * the raw answers of responses still in the queue, in a single statement so the snapshot is consistent
 * and every figure exact. Each branch is aggregated on its own (the rollup branch is the same
 * index-only aggregate one would write by hand, grouped by survey too so that figures on different
 * scales are never mixed) and the two are simply appended: a group may come back twice, once per
 * branch, and the caller adds rows with the same key (`groupRows`), which it does anyway to merge
 * surveys. That spares the database a second aggregation over all group rows.
 */
export async function aggregate(
  db: Kysely<Database>,
  tenant: Tenant,
  q: AggregateQuery,
): Promise<AggregateRow[]> {
  const m = tenant.municipalityId;
  const tailDay = sql`date_trunc(${sql.lit(q.plan.unit)}, f.day::timestamp)::date`;
  const kr = keys(q, 'r', sql.ref('r.bucket'));
  const kf = keys(q, 'f', tailDay);
  const result = await sql<AggregateRow>`
    select ${kr.select}, sum(r.n) as n, sum(r.dont_know) as dk ${q.countsOnly ? sql`` : ROLLUP_STATS}
    from dashboard_rollup r
    where r.municipality_id = ${m} and ${tierCondition(q.plan, q.range)}
      and ${filters(q, 'r.unit_id', 'r.survey_id', 'r.channel', 'r.item_id', '*')}
    group by ${kr.group}
    union all
    select ${kf.select}, count(f.value), count(*) filter (where f.dont_know) ${q.countsOnly ? sql`` : QUEUE_STATS}
    from dashboard_facts(${m}::uuid,
      array(select p.response_id from dashboard_pending p where p.municipality_id = ${m})) f
    where ${between(tailDay, q.range)}
      and ${filters(q, 'f.unit_id', 'f.survey_id', 'f.channel', 'f.item_id')}
    group by ${kf.group}`.execute(db);
  // Explicit fields, no spread: this runs for thousands of rows per call (the trend's grid).
  const out: AggregateRow[] = new Array(result.rows.length);
  for (let i = 0; i < result.rows.length; i += 1) {
    const r = result.rows[i] as AggregateRow;
    out[i] = {
      survey_id: r.survey_id,
      item_id: r.item_id,
      g: r.g,
      n: Number(r.n),
      sum: Number(r.sum ?? 0),
      sum_sq: Number(r.sum_sq ?? 0),
      dk: Number(r.dk),
      c1: Number(r.c1 ?? 0),
      c2: Number(r.c2 ?? 0),
      c3: Number(r.c3 ?? 0),
      c4: Number(r.c4 ?? 0),
      c5: Number(r.c5 ?? 0),
      c6: Number(r.c6 ?? 0),
    };
  }
  return out;
}
