import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utcMs } from './calendar.ts';

/** Date.UTC, with years 0–99 moved 400 years (146,097 days exactly) out of its 1900–1999 mapping. */
function viaDate(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  return Date.UTC(y + 400, mo - 1, d, h, mi, s, ms) - 146_097 * 86_400_000;
}

describe('utcMs', () => {
  it('gives the same moment as Date.UTC for every field in range, years 0–9999', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 24 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 999 }),
        (y, mo, d, h, mi, s, ms) => {
          expect(utcMs(y, mo, d, h, mi, s, ms)).toBe(viaDate(y, mo, d, h, mi, s, ms));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('knows leap days and the epoch', () => {
    expect(utcMs(1970, 1, 1, 0, 0, 0, 0)).toBe(0);
    expect(utcMs(2000, 2, 29, 12, 0, 0, 0)).toBe(Date.UTC(2000, 1, 29, 12));
    expect(utcMs(2024, 12, 31, 24, 0, 0, 0)).toBe(Date.UTC(2025, 0, 1));
    expect(utcMs(12, 3, 1, 0, 0, 0, 0)).toBe(new Date('0012-03-01T00:00:00Z').getTime());
  });
});
