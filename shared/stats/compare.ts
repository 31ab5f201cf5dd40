import { type MannWhitneyResult, mannWhitneyFromCounts } from './mann-whitney.ts';
import type { SufficientStats } from './summary.ts';
import { type Verdict, verdict } from './verdict.ts';
import { cohensD, type WelchResult, welchTest } from './welch.ts';

export interface Comparison {
  welch: WelchResult | null;
  mannWhitney: MannWhitneyResult | null;
  cohensD: number | null;
  verdict: Verdict;
}

/** Sufficient statistics from answer counts per category value. */
export function statsFromCounts(
  values: readonly number[],
  counts: readonly number[],
  positiveThreshold: number,
  dontKnow = 0,
): SufficientStats {
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  let positive = 0;
  for (const [i, v] of values.entries()) {
    const c = counts[i] ?? 0;
    n += c;
    sum += c * v;
    sumSq += c * v * v;
    if (v >= positiveThreshold) positive += c;
  }
  return { n, sum, sumSq, positive, dontKnow };
}

/**
 * Before/after comparison of one item from answer counts. `values` are the category values in
 * ascending order (already oriented so higher is better; mirror reverse-keyed items first).
 * The verdict rests on the Mann–Whitney p-value (suited to ordinal answers); its `diff` is the change in
 * mean, which must point the same way as the rank-biserial r. Welch's test and Cohen's d are reported
 * alongside for readers used to means.
 */
export function compareCounts(
  values: readonly number[],
  before: readonly number[],
  after: readonly number[],
  options: { minN?: number; alpha?: number } = {},
): Comparison {
  const a = statsFromCounts(values, before, Number.POSITIVE_INFINITY);
  const b = statsFromCounts(values, after, Number.POSITIVE_INFINITY);
  const welch = welchTest(a, b);
  const mannWhitney = mannWhitneyFromCounts(before, after);
  const d = cohensD(a, b);
  const diff = a.n > 0 && b.n > 0 ? b.sum / b.n - a.sum / a.n : null;
  return {
    welch,
    mannWhitney,
    cohensD: d,
    verdict: verdict(
      {
        nBefore: a.n,
        nAfter: b.n,
        p: mannWhitney?.p ?? null,
        diff,
        effect: mannWhitney?.rankBiserial ?? null,
        agreeingDirection: mannWhitney?.rankBiserial ?? null,
      },
      options,
    ),
  };
}
