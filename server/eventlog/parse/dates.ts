/**
 * Timestamp parsing for XES (xs:dateTime) and CSV exports. Hand-rolled rather than Date.parse:
 * Date.parse reads "2011-01-06T09:18:00" (no offset) as *local* time, which would make results
 * depend on the server's time zone. Here a timestamp without offset is read as UTC, documented
 * in docs/performance/eventlog.md; waiting times are unaffected except across DST changes.
 */

import { isoTimestamp } from './iso-timestamp.ts';

/** Field order of the date part. */
export type DateOrder = 'YMD' | 'DMY' | 'MDY';

/** A detected or chosen CSV timestamp format. */
export interface DateFormat {
  order: DateOrder;
  /** Human-readable pattern of the first sample, e.g. `DD-MM-YYYY HH:mm`. */
  label: string;
}

const TIME = String.raw`(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?`;
const YMD = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
const XMD = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})${TIME}$`);

/** Parses `text` in the given order; returns epoch ms or null when it does not fit. */
export function parseTimestamp(text: string, order: DateOrder = 'YMD'): number | null {
  if (order === 'YMD') {
    const fast = isoTimestamp(text);
    if (fast !== undefined) return fast;
  }
  return parseGeneral(text, order);
}

/** The general parser behind {@link parseTimestamp} (every accepted form and order). */
export function parseGeneral(text: string, order: DateOrder): number | null {
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
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  return utc - offsetMinutes(m[9]) * 60_000;
}

function offsetMinutes(zone: string | undefined): number {
  if (!zone || zone === 'Z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

/**
 * Picks the date order that reads every non-empty sample. Day-first wins over month-first when
 * both fit (Danish/Norwegian exports); a day above 12 in either position settles it.
 * Returns null when no order reads all samples.
 */
export function detectDateFormat(samples: readonly string[]): DateFormat | null {
  const values = samples.map((s) => s.trim()).filter((s) => s !== '');
  if (values.length === 0) return null;
  for (const order of ['YMD', 'DMY', 'MDY'] as const) {
    if (values.every((v) => parseTimestamp(v, order) !== null)) {
      return { order, label: labelOf(values[0] ?? '', order) };
    }
  }
  return null;
}

/** Describes a sample like `2010/12/30 14:32:00.000` as `YYYY/MM/DD HH:mm:ss.SSS`. */
function labelOf(sample: string, order: DateOrder): string {
  const m = (order === 'YMD' ? YMD : XMD).exec(sample);
  if (!m) return order;
  const sep = m[2] ?? '-';
  const date = { YMD: ['YYYY', 'MM', 'DD'], DMY: ['DD', 'MM', 'YYYY'], MDY: ['MM', 'DD', 'YYYY'] }[
    order
  ].join(sep);
  const t = /[T ]+/.exec(sample.slice(10));
  let time = '';
  if (m[5]) time = `${t?.[0]?.includes('T') ? 'T' : ' '}HH:mm`;
  if (m[7]) time += ':ss';
  if (m[8]) time += `.${'S'.repeat(m[8].length)}`;
  const zone = m[9] ? (m[9] === 'Z' ? 'Z' : m[9].includes(':') ? '±HH:mm' : '±HHmm') : '';
  return `${date}${time}${zone}`;
}
