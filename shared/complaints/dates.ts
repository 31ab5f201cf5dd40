import { parseCalendarDate } from '../dates/calendar-date.ts';

/**
 * Reads a complaint's date (ISO, or day first as in Danish and Norwegian spreadsheets) with the code
 * base's one date parser; null when it is no real date or lies outside 1990–2100.
 */
export function parseDate(raw: string): string | null {
  return parseCalendarDate(raw, { min: 1990, max: 2100 });
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Adds whole months to an ISO date, clamping to the month's last day. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}
