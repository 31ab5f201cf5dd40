/**
 * The only place that imports distribution functions. They come from the maintained, modular
 * @stdlib packages (small, browser-safe, no native code) so no distribution code is written here.
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** Critical values already computed, per level, for whole-number df (n − 1 of a figure's interval). */
const critical = new Map<number, Map<number, number>>();
/** Enough for every n a dashboard shows at once; past it, values are computed, not kept. */
const MAX_KEPT = 10_000;

/**
 * Two-sided critical value of Student's t for confidence `level` and `df` degrees of freedom. For a
 * whole-number df (every mean's interval: df = n − 1) the value is kept: a dashboard view computes
 * hundreds of intervals per call with few distinct n, and the quantile is a pure function (the kept
 * value is the very number it returns). Welch's fractional df are computed every time.
 */
export function tCritical(level: number, df: number): number {
  if (!Number.isInteger(df)) return tQuantile((1 + level) / 2, df);
  let byDf = critical.get(level);
  if (!byDf) {
    byDf = new Map();
    critical.set(level, byDf);
  }
  let value = byDf.get(df);
  if (value === undefined) {
    value = tQuantile((1 + level) / 2, df);
    if (byDf.size < MAX_KEPT) byDf.set(df, value);
  }
  return value;
}

/** Two-sided p-value of a t statistic. */
export function tTwoSidedP(t: number, df: number): number {
  return Math.min(1, 2 * tCdf(-Math.abs(t), df));
}

/** Two-sided critical value of the standard normal for confidence `level` (1.959964 for 95 %). */
export function zCritical(level: number): number {
  return normalQuantile((1 + level) / 2, 0, 1);
}

/** Two-sided p-value of a standard normal statistic. */
export function zTwoSidedP(z: number): number {
  return Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1));
}
