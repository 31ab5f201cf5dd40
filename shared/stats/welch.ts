import { tCritical, tTwoSidedP } from './dists.ts';
import { type Interval, moments, type SufficientStats } from './summary.ts';

type Sums = Pick<SufficientStats, 'n' | 'sum' | 'sumSq'>;

export interface WelchResult {
  /** mean(after) − mean(before). */
  diff: number;
  ci: Interval;
  t: number;
  /** Welch–Satterthwaite degrees of freedom. */
  df: number;
  p: number;
}

/**
 * Welch's two-sample t-test (unequal variances) from sufficient statistics, as R's
 * `t.test(after, before)`. Returns null when a group has fewer than two answers or both groups are
 * constant (the standard error is 0 and there is no test to do).
 */
export function welchTest(before: Sums, after: Sums, level = 0.95): WelchResult | null {
  const a = moments(before);
  const b = moments(after);
  if (!a || !b || before.n < 2 || after.n < 2) return null;
  const va = a.variance / before.n;
  const vb = b.variance / after.n;
  const se = Math.sqrt(va + vb);
  if (se === 0) return null;
  const diff = b.mean - a.mean;
  const t = diff / se;
  const df = (va + vb) ** 2 / (va ** 2 / (before.n - 1) + vb ** 2 / (after.n - 1));
  const half = tCritical(level, df) * se;
  return { diff, ci: { lower: diff - half, upper: diff + half }, t, df, p: tTwoSidedP(t, df) };
}

/**
 * Cohen's d with the pooled standard deviation: (mean(after) − mean(before)) / s_pooled, where
 * s_pooled² = ((n₁−1)s₁² + (n₂−1)s₂²) / (n₁ + n₂ − 2). Null when it is undefined (fewer than two answers
 * in a group, or no variation at all).
 */
export function cohensD(before: Sums, after: Sums): number | null {
  const a = moments(before);
  const b = moments(after);
  if (!a || !b || before.n < 2 || after.n < 2) return null;
  const pooled = ((before.n - 1) * a.variance + (after.n - 1) * b.variance) / (before.n + after.n - 2);
  if (pooled === 0) return null;
  return (b.mean - a.mean) / Math.sqrt(pooled);
}
