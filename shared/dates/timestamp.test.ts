import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from './calendar-date.ts';
import { detectDateFormat } from './format.ts';
import { parseTimestamp } from './timestamp.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** Independent oracle: the day exists when Date does not roll it over into the next month. */
const exists = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;

describe('one date parser for event logs and complaints', () => {
  it('refuses impossible calendar dates in every order and form instead of rolling them over', () => {
    for (const text of ['2024-02-31', '2023-02-29', '2024-04-31', '2024-02-30T10:00:00Z', '2100-02-29']) {
      expect(parseTimestamp(text)).toBeNull();
    }
    expect(parseTimestamp('31.04.2024 10:00', 'DMY')).toBeNull();
    expect(parseTimestamp('02/30/2024', 'MDY')).toBeNull();
    expect(parseCalendarDate('29-02-2023', { min: 1990, max: 2100 })).toBeNull();
    expect(parseTimestamp('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(parseTimestamp('2000-02-29T23:59:59Z')).toBe(Date.UTC(2000, 1, 29, 23, 59, 59));
    expect(parseCalendarDate('29.02.2024', { min: 1990, max: 2100 })).toBe('2024-02-29');
  });

  it('agrees with the calendar on every day 1–31 of every month (ISO fast path and day-first)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2199 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const ok = exists(y, m, d);
          expect(parseTimestamp(`${y}-${pad(m)}-${pad(d)}T12:00:00Z`) !== null).toBe(ok);
          expect(parseTimestamp(`${pad(d)}.${pad(m)}.${y} 12:00`, 'DMY') !== null).toBe(ok);
          expect(parseCalendarDate(`${y}-${pad(m)}-${pad(d)}`, { min: 1900, max: 2199 }) !== null).toBe(ok);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('keeps years below 100 as written (Date.UTC would move them to the 1900s)', () => {
    expect(new Date(parseTimestamp('0024-03-01T00:00:00Z') ?? 0).getUTCFullYear()).toBe(24);
  });

  it('does not pick a date order that needs an impossible date', () => {
    // 30/02 cannot be day-first; read month-first it is not a date either → no order.
    expect(detectDateFormat(['30/02/2024'])).toBeNull();
  });
});
