import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idsKey } from './aggregates.ts';

describe('idsKey', () => {
  it('gives equal keys exactly for equal id sequences, small and large ids alike', () => {
    const id = fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0xfff0, max: 0x2_0000 }));
    fc.assert(
      fc.property(fc.array(id, { maxLength: 12 }), fc.array(id, { maxLength: 12 }), (a, b) => {
        expect(idsKey(a) === idsKey(b)).toBe(a.join(',') === b.join(','));
      }),
      { numRuns: 2000 },
    );
  });

  it('keys sequences longer than one spread call', () => {
    const long = Array.from({ length: 10_000 }, (_, i) => i % 500);
    expect(idsKey(long)).toHaveLength(10_000);
    expect(idsKey(long)).not.toBe(idsKey([...long.slice(0, -1), 0]));
  });
});
