import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { describe, expect, it } from 'vitest';
import { tCritical } from './dists.ts';

describe('tCritical', () => {
  it('gives exactly the quantile, first call and kept (whole df) alike', () => {
    for (const level of [0.95, 0.9, 0.99]) {
      for (const df of [1, 2, 7, 29, 30, 199, 1000, 123_456]) {
        const direct = tQuantile((1 + level) / 2, df);
        expect(tCritical(level, df)).toBe(direct);
        expect(tCritical(level, df)).toBe(direct);
      }
    }
  });

  it('computes fractional (Welch) df every time, with the same result', () => {
    for (const df of [1.5, 17.25, 198.0001]) {
      expect(tCritical(0.95, df)).toBe(tQuantile(0.975, df));
      expect(tCritical(0.95, df)).toBe(tQuantile(0.975, df));
    }
  });

  it('keeps levels apart', () => {
    expect(tCritical(0.9, 7)).not.toBe(tCritical(0.95, 7));
    expect(tCritical(0.95, 7)).toBeCloseTo(2.3646243, 6);
  });
});
