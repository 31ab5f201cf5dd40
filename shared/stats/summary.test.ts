import { describe, expect, it } from 'vitest';
import { aggregate, summarise, summariseAggregates } from './summary.ts';
import { wilsonInterval } from './wilson.ts';

describe('summarise', () => {
  // Values 4,5,3,5,2,4,4,5: sum 32, mean 4; squared deviations 0+1+1+1+4+0+0+1 = 8, var 8/7,
  // sd 1.0690450. t(0.975, 7) = 2.3646243, half-width 2.3646243 · 1.0690450/√8 = 0.8937440.
  // scipy 1.17.1: stats.t.interval(0.95, 7, loc=4, scale=sd/sqrt(8)) = (3.1062560408818953, 4.893743959118105).
  const values = [4, 5, 3, 5, 2, 4, 4, 5];

  it('matches hand and scipy values', () => {
    const s = summarise(values, { positiveThreshold: 4, dontKnow: 2 });
    expect(s.n).toBe(8);
    expect(s.mean).toBe(4);
    expect(s.sd).toBeCloseTo(1.0690449676496976, 12);
    expect(s.ci?.lower).toBeCloseTo(3.1062560408818953, 10);
    expect(s.ci?.upper).toBeCloseTo(4.893743959118105, 10);
    expect(s.positiveShare).toBe(6 / 8);
    expect(s.dontKnowShare).toBe(2 / 10);
  });

  it('gives identical results from SQL-style sufficient statistics', () => {
    const fromSql = summariseAggregates({ n: 8, sum: 32, sumSq: 136, positive: 6, dontKnow: 2 });
    expect(fromSql).toEqual(summarise(values, { positiveThreshold: 4, dontKnow: 2 }));
    expect(aggregate(values, 4, 2)).toEqual({ n: 8, sum: 32, sumSq: 136, positive: 6, dontKnow: 2 });
  });

  it('handles n = 0, n = 1 and n = 2', () => {
    expect(summarise([], { positiveThreshold: 4 })).toEqual({
      n: 0,
      dontKnow: 0,
      mean: null,
      sd: null,
      ci: null,
      positiveShare: null,
      dontKnowShare: null,
    });
    // All "ved ikke": no mean, 100 % don't know.
    expect(summarise([], { positiveThreshold: 4, dontKnow: 3 })).toMatchObject({
      n: 0,
      mean: null,
      dontKnowShare: 1,
    });
    expect(summarise([5], { positiveThreshold: 4 })).toMatchObject({
      n: 1,
      mean: 5,
      sd: null,
      ci: null,
      positiveShare: 1,
    });
    // scipy: stats.t.interval(0.95, 1, loc=1.5, scale=0.5) = (-4.853102368087347, 7.853102368087347)
    const two = summarise([1, 2], { positiveThreshold: 4 });
    expect(two.ci?.lower).toBeCloseTo(-4.853102368087347, 9);
    expect(two.ci?.upper).toBeCloseTo(7.853102368087347, 9);
  });

  it('gives sd 0 and a zero-width CI when all answers agree', () => {
    const s = summarise([3, 3, 3], { positiveThreshold: 4 });
    expect(s.sd).toBe(0);
    expect(s.ci).toEqual({ lower: 3, upper: 3 });
  });
});

describe('wilsonInterval', () => {
  // scipy 1.17.1: stats.binomtest(k, n).proportion_ci(0.95, method='wilson')
  it.each([
    [7, 10, 0.39677814746114526, 0.892208732593699],
    [0, 10, 0, 0.27753279986288926],
    [10, 10, 0.7224672001371109, 1],
    [1, 1, 0.20654931437723745, 1],
    [45, 60, 0.6276792992295218, 0.8422347746994333],
  ])('%i of %i', (k, n, lower, upper) => {
    const ci = wilsonInterval(k, n);
    expect(ci?.lower).toBeCloseTo(lower, 9);
    expect(ci?.upper).toBeCloseTo(upper, 9);
  });

  it('returns null for n = 0 and rejects impossible counts', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
  });
});
