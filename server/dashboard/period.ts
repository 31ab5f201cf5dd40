/** A half-open range of calendar days, `from` ≤ day < `to`, as ISO dates (YYYY-MM-DD). */
export interface DayRange {
  from: string;
  to: string;
}

export type TrendInterval = 'week' | 'month' | 'quarter';

/**
 * Which rollup tier answers a read: ISO weeks for weekly trends, months for everything else. Periods
 * are whole months, so the month tier answers them exactly; a weekly trend shows the weeks that start
 * inside the period.
 */
export interface TierPlan {
  grain: 'w' | 'm';
  /** The SQL `date_trunc` unit that maps a day to its bucket in this tier. */
  unit: 'week' | 'month';
}

const DAY_MS = 86_400_000;

function parse(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day after an ISO date. */
export function nextDay(iso: string): string {
  return format(new Date(parse(iso).getTime() + DAY_MS));
}

/** The first day of the month an ISO date falls in. */
export function monthStart(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

/** The first day of the month after the one an ISO date falls in. */
export function nextMonthStart(iso: string): string {
  const d = parse(monthStart(iso));
  return format(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)));
}

/** The last day of the month an ISO date falls in. */
export function monthEnd(iso: string): string {
  return format(new Date(parse(nextMonthStart(iso)).getTime() - DAY_MS));
}

/**
 * The whole months covering the asked dates, as a half-open day range: from the first day of `from`'s
 * month up to (excluding) the first day of the month after `to`'s.
 */
export function wholeMonths(from: string, to: string): DayRange {
  const start = monthStart(from);
  const end = nextMonthStart(to < from ? from : to);
  return { from: start, to: end };
}

/** The rollup tier for a read. */
export function planTiers(interval?: TrendInterval): TierPlan {
  return interval === 'week' ? { grain: 'w', unit: 'week' } : { grain: 'm', unit: 'month' };
}

/**
 * The default period: the last twelve months, from the first day of the month eleven months before
 * `today` up to and including `today`.
 */
export function defaultPeriod(today: Date): { from: string; to: string } {
  const from = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 11, 1));
  return { from: format(from), to: format(today) };
}
