import { daysInMonth, utcMs } from './calendar.ts';

/**
 * Fast path of {@link parseTimestamp} for the ISO form nearly every export uses:
 * `YYYY-MM-DD`, then `T` or one space and `HH:mm`, optionally `:ss`, a fraction (`.` or `,`, 1–9
 * digits) and a zone (`Z`, `±HH`, `±HHmm`, `±HH:mm`). It reads character codes instead of running
 * the general regular expression (which allocates a match array and nine strings per value; it
 * was the largest single cost of a CSV import). Anything else, including a value this path
 * would reject, returns `undefined` and goes to the general parser, which has the last word;
 * for every value accepted here both give the same number (a property test checks this).
 */
export function isoTimestamp(text: string): number | undefined {
  const n = text.length;
  if (n < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  // Days 29–31 need the month's length (2024-02-31 does not exist); the general parser refuses them.
  if (day > 28 && day > daysInMonth(year, month)) return undefined;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  let i = 10;
  if (i < n) {
    const sep = text.charCodeAt(i);
    if ((sep !== 84 && sep !== 32) || n < 16 || text.charCodeAt(13) !== 58) return undefined;
    hour = digits(text, 11, 2);
    minute = digits(text, 14, 2);
    if (hour < 0 || hour > 24 || minute < 0 || minute > 59) return undefined;
    i = 16;
    if (i < n && text.charCodeAt(i) === 58) {
      second = digits(text, 17, 2);
      if (second < 0 || second > 60) return undefined;
      i = 19;
      const dot = i < n ? text.charCodeAt(i) : 0;
      if (dot === 46 || dot === 44) {
        const start = ++i;
        while (i < n && i - start < 9 && isDigit(text.charCodeAt(i))) i++;
        if (i === start) return undefined;
        // The first three digits are the milliseconds; the rest is cut off (floor), as in the general parser.
        for (let k = 0; k < 3; k++) ms = ms * 10 + (start + k < i ? text.charCodeAt(start + k) - 48 : 0);
      }
    }
  }
  const zone = zoneMinutes(text, i);
  if (zone === undefined) return undefined;
  return utcMs(year, month, day, hour, minute, second, ms) - zone * 60_000;
}

/** The zone from `i` to the end in minutes: none, `Z`, `±HH`, `±HHmm` or `±HH:mm`. */
function zoneMinutes(text: string, i: number): number | undefined {
  const rest = text.length - i;
  if (rest === 0) return 0;
  const c = text.charCodeAt(i);
  if (c === 90) return rest === 1 ? 0 : undefined;
  if ((c !== 43 && c !== 45) || (rest !== 3 && rest !== 5 && rest !== 6)) return undefined;
  const hours = digits(text, i + 1, 2);
  let minutes = 0;
  if (rest === 5) minutes = digits(text, i + 3, 2);
  if (rest === 6) minutes = text.charCodeAt(i + 3) === 58 ? digits(text, i + 4, 2) : -1;
  if (hours < 0 || minutes < 0) return undefined;
  return (c === 45 ? -1 : 1) * (hours * 60 + minutes);
}

/** The decimal number of `count` digits at `start`, or -1 if one of them is not a digit. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let k = start; k < start + count; k++) {
    const c = text.charCodeAt(k);
    if (!isDigit(c)) return -1;
    value = value * 10 + c - 48;
  }
  return value;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
