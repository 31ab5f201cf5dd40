import { zCritical, zTwoSidedP } from '../stats/dists.ts';
import type { Interval } from '../stats/summary.ts';
import { twoProportionZ } from '../stats/two-proportion.ts';
import { type Verdict, verdict } from '../stats/verdict.ts';
import { wilsonInterval } from '../stats/wilson.ts';

export interface RateComparison {
  rateBefore: number;
  rateAfter: number;
  /** before − after: positive means fewer complaints per unit of exposure (better). */
  diff: number;
  ci: Interval;
  p: number;
  verdict: Verdict;
}

/**
 * Compares two Poisson rates (complaints per exposure: contacts or months). The test uses the pooled
 * rate under "no change", the interval the unpooled variance a/E₁² + b/E₂². `diff` is oriented so that
 * fewer complaints is positive, and the verdict never overstates (shared/stats `verdict`).
 */
export function compareRates(
  before: { count: number; exposure: number },
  after: { count: number; exposure: number },
  options: { minN?: number; level?: number; scale?: number } = {},
): RateComparison | null {
  if (before.exposure <= 0 || after.exposure <= 0) return null;
  const scale = options.scale ?? 1;
  const rateBefore = (before.count / before.exposure) * scale;
  const rateAfter = (after.count / after.exposure) * scale;
  const diff = rateBefore - rateAfter;
  const pooled = (before.count + after.count) / (before.exposure + after.exposure);
  const se0 = Math.sqrt(pooled * (1 / before.exposure + 1 / after.exposure)) * scale;
  const p = se0 > 0 ? zTwoSidedP(diff / se0) : 1;
  const se = Math.sqrt(before.count / before.exposure ** 2 + after.count / after.exposure ** 2) * scale;
  const z = zCritical(options.level ?? 0.95);
  const ci = { lower: diff - z * se, upper: diff + z * se };
  const v = verdict(
    { nBefore: before.count, nAfter: after.count, p, diff, ci },
    options.minN === undefined ? {} : { minN: options.minN },
  );
  return { rateBefore, rateAfter, diff, ci, p, verdict: v };
}

export interface ShareComparison {
  before: number;
  after: number;
  /** after − before, times `orientation` (so positive is better). */
  diff: number;
  ci: Interval | null;
  p: number;
  verdict: Verdict;
}

/**
 * Compares two proportions: pooled two-proportion z-test, Newcombe's hybrid Wilson interval for the
 * difference. `orientation` −1 when a lower share is better (e.g. share of complaints about process).
 */
export function compareShares(
  before: { successes: number; n: number },
  after: { successes: number; n: number },
  options: { minN?: number; orientation?: 1 | -1 } = {},
): ShareComparison | null {
  if (before.n <= 0 || after.n <= 0) return null;
  const o = options.orientation ?? 1;
  const p1 = before.successes / before.n;
  const p2 = after.successes / after.n;
  const z = twoProportionZ(before, after);
  const p = z === null ? 1 : zTwoSidedP(z);
  const w1 = wilsonInterval(before.successes, before.n);
  const w2 = wilsonInterval(after.successes, after.n);
  let ci: Interval | null = null;
  if (w1 && w2) {
    const d = p2 - p1;
    const lower = d - Math.sqrt((p2 - w2.lower) ** 2 + (w1.upper - p1) ** 2);
    const upper = d + Math.sqrt((w2.upper - p2) ** 2 + (p1 - w1.lower) ** 2);
    ci = o === 1 ? { lower, upper } : { lower: -upper, upper: -lower };
  }
  const diff = (p2 - p1) * o;
  const v = verdict(
    { nBefore: before.n, nAfter: after.n, p, diff, ci },
    options.minN === undefined ? {} : { minN: options.minN },
  );
  return { before: p1, after: p2, diff, ci, p, verdict: v };
}
