import { zCritical, zTwoSidedP } from '../stats/dists.ts';
import type { Interval } from '../stats/index.ts';

/** Observations of one kind and the hours observed, in one period. */
export interface RateInput {
  count: number;
  hours: number;
}

export interface RateComparison {
  rateBefore: number | null;
  rateAfter: number | null;
  /** rate(after) / rate(before); null when either rate is missing or a count is 0. */
  ratio: number | null;
  /** 95 % interval of the ratio on the log scale: exp(ln RR ± z·√(1/a + 1/b)). */
  ci: Interval | null;
  p: number | null;
}

/**
 * Compares observation counts per hour observed before and after, as a rate ratio of two Poisson
 * counts with the usual large-sample interval (Rothman, Greenland & Lash, *Modern Epidemiology*, 3rd ed.,
 * ch. 14: SE(ln IR) = √(1/a + 1/b)) and the matching Wald z-test. With a zero count no ratio or interval
 * is given rather than an infinite one.
 */
export function compareRates(before: RateInput, after: RateInput, level = 0.95): RateComparison {
  const rateBefore = before.hours > 0 ? before.count / before.hours : null;
  const rateAfter = after.hours > 0 ? after.count / after.hours : null;
  if (rateBefore === null || rateAfter === null || before.count === 0 || after.count === 0) {
    return { rateBefore, rateAfter, ratio: null, ci: null, p: null };
  }
  const ratio = rateAfter / rateBefore;
  const se = Math.sqrt(1 / before.count + 1 / after.count);
  const half = zCritical(level) * se;
  const log = Math.log(ratio);
  return {
    rateBefore,
    rateAfter,
    ratio,
    ci: { lower: Math.exp(log - half), upper: Math.exp(log + half) },
    p: zTwoSidedP(log / se),
  };
}

/** Sum of session lengths in hours; open sessions (no end) do not count, since their length is unknown. */
export function observedHours(sessions: readonly { startedAt: Date; endedAt: Date | null }[]): number {
  let ms = 0;
  for (const s of sessions) {
    if (s.endedAt && s.endedAt > s.startedAt) ms += s.endedAt.getTime() - s.startedAt.getTime();
  }
  return ms / 3_600_000;
}
