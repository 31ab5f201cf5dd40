import { compareRates, compareShares } from '../../shared/complaints/compare.ts';
import { type ComplaintCounts, figuresFromCounts } from '../../shared/complaints/figures.ts';
import { PERIODS, type PeriodKey } from '../../shared/complaints/programme.ts';
import { compareCounts, statsFromCounts } from '../../shared/stats/compare.ts';
import type { Interval } from '../../shared/stats/summary.ts';
import { summariseAggregates } from '../../shared/stats/summary.ts';
import type { Verdict } from '../../shared/stats/verdict.ts';
import type { ValueCount } from './goals-repository.ts';

/** One figure in one period: the value, its interval and the number it rests on. */
export interface Cell {
  value: number | null;
  ci: Interval | null;
  n: number;
  /** True when the group is below the minimum group size; value and interval are then withheld. */
  suppressed: boolean;
}

/** Before → after for one group: the change (oriented so positive is better) and an honest verdict. */
export interface Change {
  diff: number | null;
  ci: Interval | null;
  p: number | null;
  verdict: Verdict;
}

export type Cells = Record<PeriodKey, Cell>;

export const emptyCell = (): Cell => ({ value: null, ci: null, n: 0, suppressed: false });
const hidden = (n: number): Cell => ({ value: null, ci: null, n, suppressed: true });

/** Counts by value 1..k in ascending order, and "don't know" apart. */
export function countsByValue(rows: readonly ValueCount[], values: readonly number[]) {
  return {
    counts: values.map((v) =>
      rows.filter((r) => r.value === v && !r.dont_know).reduce((s, r) => s + r.count, 0),
    ),
    dontKnow: rows.filter((r) => r.dont_know).reduce((s, r) => s + r.count, 0),
  };
}

/** Mean of a Likert item with its t-interval, hidden below the minimum group size. */
export function meanCell(rows: readonly ValueCount[], values: readonly number[], minN: number): Cell {
  const { counts, dontKnow } = countsByValue(rows, values);
  const s = summariseAggregates(statsFromCounts(values, counts, Number.POSITIVE_INFINITY, dontKnow));
  if (s.n > 0 && s.n < minN) return hidden(s.n);
  return { value: s.mean, ci: s.ci, n: s.n, suppressed: false };
}

/** Mann–Whitney comparison of a Likert item before vs after; null when a side is hidden or empty. */
export function meanChange(
  before: readonly ValueCount[],
  after: readonly ValueCount[],
  values: readonly number[],
  minN: number,
): Change | null {
  const b = countsByValue(before, values).counts;
  const a = countsByValue(after, values).counts;
  const nb = b.reduce((s, c) => s + c, 0);
  const na = a.reduce((s, c) => s + c, 0);
  if (nb < minN || na < minN) return null;
  const c = compareCounts(values, b, a);
  return { diff: c.verdict.params.diff, ci: c.welch?.ci ?? null, p: c.verdict.params.p, verdict: c.verdict };
}

/** Complaints per exposure (per 1,000 contacts or per month), with a Poisson interval. */
export function rateCell(counts: ComplaintCounts, exposure: number | null, perThousand: boolean): Cell {
  if (!exposure) return { ...emptyCell(), n: counts.count };
  const f = figuresFromCounts(counts, perThousand ? exposure : exposure * 1000);
  return { value: f.ratePer1000, ci: f.rateCi, n: counts.count, suppressed: false };
}

export function rateChange(
  b: ComplaintCounts,
  bExp: number | null,
  a: ComplaintCounts,
  aExp: number | null,
  perThousand: boolean,
): Change | null {
  if (!bExp || !aExp) return null;
  const c = compareRates(
    { count: b.count, exposure: bExp },
    { count: a.count, exposure: aExp },
    { scale: perThousand ? 1000 : 1 },
  );
  return c && { diff: c.diff, ci: c.ci, p: c.p, verdict: c.verdict };
}

/** Share of complaints about the process (lower is better), hidden below the minimum group size. */
export function shareCell(successes: number, n: number, minN: number): Cell {
  if (n > 0 && n < minN) return hidden(n);
  const f = figuresFromCounts(
    { count: n, process: successes, decision: 0, answered: 0, medianDaysToAnswer: null },
    null,
  );
  return { value: f.processShare, ci: f.processCi, n, suppressed: false };
}

export function shareChange(b: ComplaintCounts, a: ComplaintCounts, minN: number): Change | null {
  if (b.count < minN || a.count < minN) return null;
  const c = compareShares(
    { successes: b.process, n: b.count },
    { successes: a.process, n: a.count },
    { orientation: -1 },
  );
  return c && { diff: c.diff, ci: c.ci, p: c.p, verdict: c.verdict };
}

/** Builds the three period cells from a function of the period. */
export function cellsFor(make: (period: PeriodKey) => Cell): Cells {
  return Object.fromEntries(PERIODS.map((p) => [p, make(p)])) as Cells;
}
