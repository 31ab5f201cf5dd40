/**
 * The only place that imports distribution functions. They come from the maintained, modular
 * @stdlib packages (small, browser-safe, no native code) so no distribution code is written here.
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** Two-sided critical value of Student's t for confidence `level` and `df` degrees of freedom. */
export function tCritical(level: number, df: number): number {
  return tQuantile((1 + level) / 2, df);
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
