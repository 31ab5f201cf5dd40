import { QuantileSummary } from '../quantiles.ts';
import type { WaitStats } from './types.ts';

const DAY = 86_400_000;
const monthOfDay = new Map<number, number>();

/** UTC calendar month of an epoch-ms time as year*12+month, cached per day (the hot loop sees many). */
export function monthIndex(t: number): number {
  const day = Math.floor(t / DAY);
  let m = monthOfDay.get(day);
  if (m === undefined) {
    const d = new Date(day * DAY);
    m = d.getUTCFullYear() * 12 + d.getUTCMonth();
    if (monthOfDay.size > 100_000) monthOfDay.clear();
    monthOfDay.set(day, m);
  }
  return m;
}

/** "2026-01" for a {@link monthIndex}. */
export function monthLabel(index: number): string {
  const year = Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Waits (ms) with their overall and per-month quantiles; the month is the one the wait ends in. */
export class WaitAccumulator {
  private readonly all = new QuantileSummary();
  private readonly months = new Map<number, QuantileSummary>();

  add(waitMs: number, endsAt: number): void {
    if (!Number.isFinite(waitMs) || waitMs < 0) return;
    this.all.add(waitMs);
    const m = monthIndex(endsAt);
    let s = this.months.get(m);
    if (!s) {
      s = new QuantileSummary();
      this.months.set(m, s);
    }
    s.add(waitMs);
  }

  get count(): number {
    return this.all.count;
  }

  /** The wire form: median, P90, and the monthly medians in calendar order. */
  stats(): WaitStats {
    return {
      count: this.all.count,
      medianMs: round(this.all.quantile(0.5)),
      p90Ms: round(this.all.quantile(0.9)),
      trend: [...this.months.entries()]
        .sort(([a], [b]) => a - b)
        .map(([m, s]) => ({ month: monthLabel(m), count: s.count, medianMs: round(s.quantile(0.5)) })),
    };
  }
}

const round = (v: number | null) => (v === null ? null : Math.round(v));
