import { zCritical } from '../stats/dists.ts';
import type { Interval } from '../stats/summary.ts';
import { wilsonInterval } from '../stats/wilson.ts';

/** What the figures need of one complaint. */
export interface ComplaintFacts {
  aboutProcess: boolean;
  aboutDecision: boolean;
  /** Days from receipt to answer; null while unanswered. */
  daysToAnswer: number | null;
}

export interface ComplaintFigures {
  count: number;
  /** Contacts recorded for the same units and period; null when no volume is recorded. */
  contacts: number | null;
  /** Complaints per 1,000 contacts, with a Poisson interval; null without contact volume. */
  ratePer1000: number | null;
  rateCi: Interval | null;
  /** Share (of all complaints) about the process, with its Wilson interval. */
  processShare: number | null;
  processCi: Interval | null;
  decisionShare: number | null;
  /** Median days to answer among answered complaints; null when none were answered. */
  medianDaysToAnswer: number | null;
  answered: number;
}

/** Median of a list (mean of the two middle values for an even count); null for an empty list. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Interval for a Poisson count (Byar's approximation; within 1 % of the exact Garwood interval from
 * count 1 upwards, and exact at 0 for the lower bound).
 */
export function poissonInterval(count: number, level = 0.95): Interval {
  if (count < 0 || !Number.isInteger(count)) throw new RangeError('count must be a non-negative integer');
  const z = zCritical(level);
  const lower = count === 0 ? 0 : count * (1 - 1 / (9 * count) - z / (3 * Math.sqrt(count))) ** 3;
  const x1 = count + 1;
  const upper = x1 * (1 - 1 / (9 * x1) + z / (3 * Math.sqrt(x1))) ** 3;
  return { lower: Math.max(0, lower), upper };
}

/** Counts of one group of complaints, as SQL aggregates them. */
export interface ComplaintCounts {
  count: number;
  process: number;
  decision: number;
  answered: number;
  medianDaysToAnswer: number | null;
}

/** Count, rate per 1,000 contacts, process/decision shares and median time to answer, from counts. */
export function figuresFromCounts(c: ComplaintCounts, contacts: number | null): ComplaintFigures {
  const hasVolume = contacts !== null && contacts > 0;
  const ci = hasVolume ? poissonInterval(c.count) : null;
  return {
    count: c.count,
    contacts: hasVolume ? contacts : null,
    ratePer1000: hasVolume ? (c.count / contacts) * 1000 : null,
    rateCi:
      ci && hasVolume ? { lower: (ci.lower / contacts) * 1000, upper: (ci.upper / contacts) * 1000 } : null,
    processShare: c.count > 0 ? c.process / c.count : null,
    processCi: wilsonInterval(c.process, c.count),
    decisionShare: c.count > 0 ? c.decision / c.count : null,
    medianDaysToAnswer: c.medianDaysToAnswer,
    answered: c.answered,
  };
}

/** The same figures from individual complaints. */
export function complaintFigures(
  facts: readonly ComplaintFacts[],
  contacts: number | null,
): ComplaintFigures {
  const days = facts.map((f) => f.daysToAnswer).filter((d): d is number => d !== null);
  return figuresFromCounts(
    {
      count: facts.length,
      process: facts.filter((f) => f.aboutProcess).length,
      decision: facts.filter((f) => f.aboutDecision).length,
      answered: days.length,
      medianDaysToAnswer: median(days),
    },
    contacts,
  );
}

/**
 * Least-squares slope of a monthly series (change per month). Null with fewer than three months: two
 * points always make a line and say nothing about a trend.
 */
export function monthlyTrend(series: readonly { month: string; count: number }[]): number | null {
  if (series.length < 3) return null;
  const n = series.length;
  const meanX = (n - 1) / 2;
  const meanY = series.reduce((s, p) => s + p.count, 0) / n;
  let num = 0;
  let den = 0;
  series.forEach((p, x) => {
    num += (x - meanX) * (p.count - meanY);
    den += (x - meanX) ** 2;
  });
  return num / den;
}

/** The months (YYYY-MM) from `from` to `to` inclusive, so empty months show as 0 in a trend. */
export function monthsBetween(from: string, to: string): string[] {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  const out: string[] = [];
  let y = fy;
  let m = fm;
  while ((y < ty || (y === ty && m <= tm)) && out.length <= 600) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  return out;
}
