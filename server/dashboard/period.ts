/** A half-open range of calendar days, `from` ≤ day < `to`, as ISO dates (YYYY-MM-DD). */
export interface DayRange {
  from: string;
  to: string;
}

export type TrendInterval = 'week' | 'month' | 'quarter';

/**
 * Which rollup tier answers which days. Whole months inside the range come from the month tier; the
 * ragged edges (at most two partial months) from the day tier. Weekly trends read days only, because
 * weeks straddle months.
 */
export interface TierPlan {
  months: DayRange | null;
  days: DayRange[];
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

/** Splits a day range into month-tier and day-tier parts (see `TierPlan`). */
export function planTiers(range: DayRange, interval?: TrendInterval): TierPlan {
  if (range.from >= range.to) return { months: null, days: [] };
  if (interval === 'week') return { months: null, days: [range] };
  const firstWhole = range.from === monthStart(range.from) ? range.from : nextMonthStart(range.from);
  const endWhole = monthStart(range.to);
  if (firstWhole >= endWhole) return { months: null, days: [range] };
  const days: DayRange[] = [];
  if (range.from < firstWhole) days.push({ from: range.from, to: firstWhole });
  if (endWhole < range.to) days.push({ from: endWhole, to: range.to });
  return { months: { from: firstWhole, to: endWhole }, days };
}

/**
 * The default period: the last twelve months, from the first day of the month eleven months before
 * `today` up to and including `today`.
 */
export function defaultPeriod(today: Date): { from: string; to: string } {
  const from = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 11, 1));
  return { from: format(from), to: format(today) };
}
