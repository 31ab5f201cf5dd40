import { describe, expect, it } from 'vitest';
import { EXACT_LIMIT, exactQuantile, QuantileSummary, RELATIVE_ACCURACY } from './quantiles.ts';

describe('QuantileSummary', () => {
  it('is exact (interpolated) while small', () => {
    const q = new QuantileSummary();
    for (const v of [4, 1, 3, 2]) q.add(v);
    expect(q.isExact).toBe(true);
    expect(q.quantile(0.5)).toBe(2.5);
    expect(q.quantile(0.9)).toBeCloseTo(3.7);
    expect(new QuantileSummary().quantile(0.5)).toBeNull();
  });

  it('stays within the relative accuracy once it becomes a sketch', () => {
    const q = new QuantileSummary();
    const values: number[] = [];
    let seed = 7;
    for (let i = 0; i < 20_000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const v = i % 10 === 0 ? 0 : Math.exp((seed / 2 ** 31) * 20);
      values.push(v);
      q.add(v);
    }
    expect(q.isExact).toBe(false);
    expect(q.count).toBe(20_000);
    const sorted = [...values].sort((a, b) => a - b);
    for (const p of [0.05, 0.5, 0.9, 0.99]) {
      const est = q.quantile(p) ?? Number.NaN;
      // Any value whose rank is near p·(n-1) is acceptable, within α relative error.
      const lo = sorted[Math.floor(p * (sorted.length - 1))] ?? 0;
      const hi = sorted[Math.ceil(p * (sorted.length - 1)) + 1] ?? lo;
      expect(est).toBeGreaterThanOrEqual(lo * (1 - RELATIVE_ACCURACY) - 1e-9);
      expect(est).toBeLessThanOrEqual(hi * (1 + RELATIVE_ACCURACY) + 1e-9);
    }
    expect(q.quantile(0.05)).toBe(0);
  });

  it('switches only past the exact limit', () => {
    const q = new QuantileSummary();
    for (let i = 0; i < EXACT_LIMIT; i++) q.add(i);
    expect(q.isExact).toBe(true);
    q.add(1);
    expect(q.isExact).toBe(false);
    expect(exactQuantile([], 0.5)).toBeNull();
  });

  it('gives the same sketch quantiles whatever order the values come in (buckets grow downwards)', () => {
    const values = Array.from({ length: 3 * EXACT_LIMIT }, (_, i) => 0.25 + ((i * 7919) % 1000) ** 2.5);
    const ascending = new QuantileSummary();
    for (const v of [...values].sort((a, b) => a - b)) ascending.add(v);
    const descending = new QuantileSummary();
    for (const v of [...values].sort((a, b) => b - a)) descending.add(v);
    const shuffled = new QuantileSummary();
    for (const v of values) shuffled.add(v);
    for (const p of [0, 0.01, 0.25, 0.5, 0.9, 0.99, 1]) {
      expect(descending.quantile(p)).toBe(ascending.quantile(p));
      expect(shuffled.quantile(p)).toBe(ascending.quantile(p));
    }
  });
});
