import { describe, expect, it } from 'vitest';
import { compareCounts, statsFromCounts } from './compare.ts';
import { holmAdjust } from './holm.ts';
import { mannWhitneyFromCounts } from './mann-whitney.ts';
import { aggregate } from './summary.ts';
import { cohensD, welchTest } from './welch.ts';

const before = [3, 4, 2, 5, 3, 3, 4, 2, 3, 4];
const after = [4, 5, 4, 5, 3, 4, 5, 5, 4, 4];

describe('welchTest', () => {
  // scipy 1.17.1: r = stats.ttest_ind(after, before, equal_var=False)
  // t = 2.716072381275556, p = 0.015104891427039798, df = 16.252851249696675,
  // r.confidence_interval(0.95) = (0.22048171918890558, 1.7795182808110943). Means 4.3 and 3.3.
  it('matches scipy from sufficient statistics', () => {
    const r = welchTest(aggregate(before, 4), aggregate(after, 4));
    expect(r?.diff).toBeCloseTo(1, 12);
    expect(r?.t).toBeCloseTo(2.716072381275556, 10);
    expect(r?.df).toBeCloseTo(16.252851249696675, 10);
    expect(r?.p).toBeCloseTo(0.015104891427039798, 10);
    expect(r?.ci.lower).toBeCloseTo(0.22048171918890558, 9);
    expect(r?.ci.upper).toBeCloseTo(1.7795182808110943, 9);
  });

  it('returns null for n < 2 or constant groups', () => {
    expect(welchTest(aggregate([], 4), aggregate(after, 4))).toBeNull();
    expect(welchTest(aggregate([3], 4), aggregate(after, 4))).toBeNull();
    expect(welchTest(aggregate([3, 3], 4), aggregate([4, 4], 4))).toBeNull();
  });
});

describe('cohensD', () => {
  // Hand: var(before) = 0.9, var(after) = 0.4556 (SS 8.1/9 and 4.1/9); pooled = (8.1 + 4.1)/18 = 0.6778,
  // d = 1/√0.6778 = 1.2146645 (numpy gives 1.214664495268374).
  it('uses the pooled sd', () => {
    expect(cohensD(aggregate(before, 4), aggregate(after, 4))).toBeCloseTo(1.214664495268374, 10);
    expect(cohensD(aggregate([2, 2], 4), aggregate([2, 2], 4))).toBeNull();
  });
});

describe('mannWhitneyFromCounts', () => {
  // Normal approximation with tie AND continuity correction, the default of R's
  // wilcox.test(after, before) when there are ties (exact = FALSE, correct = TRUE) and of scipy's
  // mannwhitneyu (method='asymptotic', use_continuity=True; with ties method='auto' picks the same).
  // Reference values: scipy 1.17.1 on the expanded raw answers (values 1..5), run once by hand:
  //   stats.mannwhitneyu(after, before, method='asymptotic', use_continuity=True)
  it('matches scipy with ties and continuity correction (10 vs 10)', () => {
    // → U = 79.5, p = 0.02127367215855742 (without continuity correction it would be 0.01913961955875501)
    const r = mannWhitneyFromCounts([0, 2, 4, 3, 1], [0, 0, 1, 5, 4]);
    expect(r?.u).toBe(79.5);
    expect(r?.p).toBeCloseTo(0.02127367215855742, 10);
    expect(r?.rankBiserial).toBeCloseTo(2 * (79.5 / 100) - 1, 12);
  });

  it('matches scipy on Likert counts (24 vs 24)', () => {
    // before 3,5,8,6,2 and after 1,2,6,9,6 → U = 393.5, p = 0.025290109254594174; r = 2·393.5/576 − 1.
    const r = mannWhitneyFromCounts([3, 5, 8, 6, 2], [1, 2, 6, 9, 6]);
    expect(r?.u).toBe(393.5);
    expect(r?.p).toBeCloseTo(0.025290109254594174, 10);
    expect(r?.rankBiserial).toBeCloseTo(0.3663194444444444, 12);
  });

  it('matches scipy on a small sample (8 vs 8)', () => {
    // before 1,2,3,2,0 and after 0,1,2,3,2 → U = 48, p = 0.09208174516278934 (method='auto' gives the same:
    // with ties scipy uses the normal approximation too).
    const r = mannWhitneyFromCounts([1, 2, 3, 2, 0], [0, 1, 2, 3, 2]);
    expect(r?.u).toBe(48);
    expect(r?.p).toBeCloseTo(0.09208174516278934, 10);
  });

  it('handles empty groups and all answers in one category', () => {
    expect(mannWhitneyFromCounts([0, 0], [1, 2])).toBeNull();
    expect(mannWhitneyFromCounts([0, 4, 0], [0, 1, 0])).toEqual({
      nBefore: 4,
      nAfter: 1,
      u: 2,
      z: 0,
      p: 1,
      rankBiserial: 0,
    });
    expect(() => mannWhitneyFromCounts([1], [1, 2])).toThrow(RangeError);
  });
});

describe('holmAdjust', () => {
  // By hand, m = 4, sorted 0.01, 0.02, 0.03, 0.04 → 4·0.01 = 0.04, 3·0.02 = 0.06, 2·0.03 = 0.06,
  // 1·0.04 = 0.04 → running max 0.04, 0.06, 0.06, 0.06 (as R's p.adjust(c(.03,.01,.04,.02), "holm")).
  it('adjusts in input order with running maximum', () => {
    const r = holmAdjust([0.03, 0.01, 0.04, 0.02]);
    for (const [i, v] of [0.06, 0.04, 0.06, 0.06].entries()) expect(r[i]).toBeCloseTo(v, 12);
    expect(holmAdjust([0.5, 0.9])).toEqual([1, 1]);
    expect(holmAdjust([])).toEqual([]);
  });
});

describe('compareCounts', () => {
  const values = [1, 2, 3, 4, 5];

  it('says improved when enough answers moved up significantly', () => {
    const c = compareCounts(values, [3, 5, 8, 6, 2], [1, 2, 6, 9, 6]);
    expect(c.verdict.key).toBe('improved');
    expect(c.verdict.params.effect).toBeCloseTo(0.3663194444444444, 12);
    expect(c.verdict.params.diff).toBeCloseTo(3.75 - 3.0, 12);
    expect(c.welch?.diff).toBeCloseTo(0.75, 12);
  });

  it('says worsened in the mirror case and too_few below minN', () => {
    expect(compareCounts(values, [1, 2, 6, 9, 6], [3, 5, 8, 6, 2]).verdict.key).toBe('worsened');
    expect(compareCounts(values, [3, 5, 8, 6, 2], [1, 2, 6, 9, 6], { minN: 25 }).verdict.key).toBe('too_few');
    expect(compareCounts(values, [0, 0, 0, 0, 0], [0, 0, 0, 0, 1]).verdict.key).toBe('too_few');
  });

  it('builds sufficient statistics from counts', () => {
    expect(statsFromCounts(values, [0, 0, 1, 2, 0], 4, 3)).toEqual({
      n: 3,
      sum: 11,
      sumSq: 41,
      positive: 2,
      dontKnow: 3,
    });
  });
});
