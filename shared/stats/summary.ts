import { tCritical } from './dists.ts';

/**
 * Sufficient statistics of one item in one group: what the dashboard aggregates in SQL
 * (`count(value)`, `sum(value)`, `sum(value*value)`, `count(*) filter (where value >= threshold)`,
 * `count(*) filter (where dont_know)`). `n` counts valid answers only; "don't know" is missing.
 */
export interface SufficientStats {
  n: number;
  sum: number;
  sumSq: number;
  positive: number;
  dontKnow: number;
}

export interface Interval {
  lower: number;
  upper: number;
}

export interface Summary {
  n: number;
  dontKnow: number;
  /** Null when n = 0. */
  mean: number | null;
  /** Sample standard deviation (n − 1 denominator); null when n < 2. */
  sd: number | null;
  /** t-based confidence interval of the mean; null when n < 2. */
  ci: Interval | null;
  /** Share of valid answers at or above the positive threshold; null when n = 0. */
  positiveShare: number | null;
  /** dontKnow / (n + dontKnow); null when nobody answered. */
  dontKnowShare: number | null;
}

/** Reduces raw values to sufficient statistics. */
export function aggregate(
  values: readonly number[],
  positiveThreshold: number,
  dontKnow = 0,
): SufficientStats {
  let sum = 0;
  let sumSq = 0;
  let positive = 0;
  for (const v of values) {
    sum += v;
    sumSq += v * v;
    if (v >= positiveThreshold) positive += 1;
  }
  return { n: values.length, sum, sumSq, positive, dontKnow };
}

/**
 * Sample mean and variance from sums. Likert values are small integers, so the sums are exact and the
 * textbook formula (sumSq − sum²/n) / (n − 1) has no cancellation problem; the clamp guards rounding.
 */
export function moments(
  stats: Pick<SufficientStats, 'n' | 'sum' | 'sumSq'>,
): { mean: number; variance: number } | null {
  if (stats.n < 1) return null;
  const mean = stats.sum / stats.n;
  const variance =
    stats.n < 2 ? Number.NaN : Math.max(0, (stats.sumSq - (stats.sum * stats.sum) / stats.n) / (stats.n - 1));
  return { mean, variance };
}

/** Summary from pre-aggregated sufficient statistics (the dashboard path). */
export function summariseAggregates(stats: SufficientStats, level = 0.95): Summary {
  const { n, dontKnow } = stats;
  const answered = n + dontKnow;
  const base = { n, dontKnow, dontKnowShare: answered > 0 ? dontKnow / answered : null };
  const m = moments(stats);
  if (!m) return { ...base, mean: null, sd: null, ci: null, positiveShare: null };
  const positiveShare = stats.positive / n;
  if (n < 2) return { ...base, mean: m.mean, sd: null, ci: null, positiveShare };
  const sd = Math.sqrt(m.variance);
  const half = tCritical(level, n - 1) * (sd / Math.sqrt(n));
  return { ...base, mean: m.mean, sd, ci: { lower: m.mean - half, upper: m.mean + half }, positiveShare };
}

/**
 * Summary of raw values: n, mean, sd, t-based CI of the mean, share positive and share "don't know".
 * Goes through `aggregate` so it gives exactly what `summariseAggregates` gives for SQL sums.
 */
export function summarise(
  values: readonly number[],
  options: { positiveThreshold: number; dontKnow?: number; level?: number },
): Summary {
  return summariseAggregates(
    aggregate(values, options.positiveThreshold, options.dontKnow ?? 0),
    options.level,
  );
}
