import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoTimestamp } from './iso-timestamp.ts';
import { parseGeneral, parseTimestamp } from './timestamp.ts';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** ISO-like values, valid or slightly off (out-of-range fields, odd separators and zones). */
const isoLike = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    sep: fc.constantFrom('T', ' ', '  ', 't', ''),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 60 }),
    second: fc.option(fc.integer({ min: 0, max: 61 })),
    fraction: fc.option(fc.stringMatching(/^[.,][0-9]{0,11}$/)),
    zone: fc.constantFrom('', 'Z', '+02:00', '-0130', '+05', ' Z', '+1', '+01:5', 'z'),
  })
  .map((p) => {
    const date = `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}`;
    if (p.sep === '') return `${date}${p.zone}`;
    const seconds = p.second === null ? '' : `:${pad(p.second, 2)}${p.fraction ?? ''}`;
    return `${date}${p.sep}${pad(p.hour, 2)}:${pad(p.minute, 2)}${seconds}${p.zone}`;
  });

describe('isoTimestamp (fast path of parseTimestamp)', () => {
  it('gives the same number as the general parser for every value it accepts', () => {
    fc.assert(
      fc.property(fc.oneof(isoLike, fc.string({ maxLength: 30 })), (text) => {
        const fast = isoTimestamp(text);
        if (fast !== undefined) expect(fast).toBe(parseGeneral(text, 'YMD'));
        expect(parseTimestamp(text)).toBe(parseGeneral(text, 'YMD'));
      }),
      { numRuns: 20_000 },
    );
  });

  it('takes the common export forms', () => {
    expect(isoTimestamp('2024-01-02T03:04:05.678Z')).toBe(Date.UTC(2024, 0, 2, 3, 4, 5, 678));
    expect(isoTimestamp('2011-10-11T13:45:40.276+02:00')).toBe(Date.UTC(2011, 9, 11, 11, 45, 40, 276));
    expect(isoTimestamp('2024-01-02 10:07')).toBe(Date.UTC(2024, 0, 2, 10, 7));
    expect(isoTimestamp('2024-01-02')).toBe(Date.UTC(2024, 0, 2));
    expect(isoTimestamp('02-01-2024 10:07')).toBeUndefined();
  });
});
