/**
 * The one date parser of the code base: event-log timestamps (XES xs:dateTime, CSV exports) and the
 * dates of the complaints import (`calendar-date.ts`) all go through {@link readDateParts}, so a rule
 * such as "2024-02-31 does not exist" holds everywhere. Hand-rolled rather than Date.parse:
 * Date.parse reads "2011-01-06T09:18:00" (no offset) as *local* time, which would make results
 * depend on the server's time zone. Here a timestamp without offset is read as UTC, documented
 * in docs/performance/eventlog.md; waiting times are unaffected except across DST changes.
 */

import { isCalendarDate, utcMs } from './calendar.ts';
import { isoTimestamp } from './iso-timestamp.ts';

/** Field order of the date part. */
export type DateOrder = 'YMD' | 'DMY' | 'MDY';

const TIME = String.raw`(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?`;
export const YMD = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
export const XMD = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})${TIME}$`);

/** Parses `text` in the given order; returns epoch ms or null when it does not fit. */
export function parseTimestamp(text: string, order: DateOrder = 'YMD'): number | null {
  if (order === 'YMD') {
    const fast = isoTimestamp(text);
    if (fast !== undefined) return fast;
  }
  return parseGeneral(text, order);
}

/** The fields of a date or timestamp as written, before the zone is applied. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** Minutes east of UTC given by the text (0 when it gives none). */
  offsetMinutes: number;
}

/**
 * Reads a date with optional time and zone in the given field order, or null when the text does not
 * fit or names no real moment (month 13, 31 April, 29 February outside leap years, 25 o'clock).
 */
export function readDateParts(text: string, order: DateOrder): DateParts | null {
  const m = (order === 'YMD' ? YMD : XMD).exec(text.trim());
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  const c = Number(m[4]);
  const [year, month, day] = order === 'YMD' ? [a, b, c] : order === 'DMY' ? [c, b, a] : [c, a, b];
  const hour = m[5] ? Number(m[5]) : 0;
  const minute = m[6] ? Number(m[6]) : 0;
  const second = m[7] ? Number(m[7]) : 0;
  const ms = m[8] ? Math.floor(Number(`0.${m[8]}`) * 1000 + 1e-7) : 0;
  if (!isCalendarDate(year, month, day) || hour > 24 || minute > 59 || second > 60) return null;
  return { year, month, day, hour, minute, second, ms, offsetMinutes: offsetMinutes(m[9]) };
}

/** The general parser behind {@link parseTimestamp} (every accepted form and order). */
export function parseGeneral(text: string, order: DateOrder): number | null {
  const p = readDateParts(text, order);
  if (!p) return null;
  return utcMs(p.year, p.month, p.day, p.hour, p.minute, p.second, p.ms) - p.offsetMinutes * 60_000;
}

function offsetMinutes(zone: string | undefined): number {
  if (!zone || zone === 'Z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}
