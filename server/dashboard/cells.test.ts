import { describe, expect, it } from 'vitest';
import { AGREE5 } from '../../shared/indicators/index.ts';
import { type Cell, figure, positiveCount } from './cells.ts';
import { buildTree, subtreeTotals, treeStatuses } from './tree.ts';

const cell = (values: number[], dontKnow = 0): Cell => {
  const counts = [0, 0, 0, 0, 0, 0];
  for (const v of values) counts[v - 1] = (counts[v - 1] ?? 0) + 1;
  return {
    n: values.length,
    sum: values.reduce((s, v) => s + v, 0),
    sumSq: values.reduce((s, v) => s + v * v, 0),
    dontKnow,
    counts,
  };
};

/*
 * Expected values computed independently with SciPy 1.17:
 *   [4, 4, 5, 2, 3, 5, 1]: mean 3.4285714, sd 1.5118579 (np.std ddof=1),
 *   t.ppf(0.975, 6) = 2.4469119 → CI [2.0303361, 4.8268068];
 *   binomtest(4, 7).proportion_ci(method='wilson') → [0.2504584, 0.8417801].
 */
describe('figure', () => {
  it('matches SciPy for a small sample', () => {
    const f = figure(cell([4, 4, 5, 2, 3, 5, 1], 3), AGREE5, 'shown');
    expect(f.mean).toBeCloseTo(3.4285714, 6);
    expect(f.sd).toBeCloseTo(1.5118579, 6);
    expect(f.ci?.lower).toBeCloseTo(2.0303361, 6);
    expect(f.ci?.upper).toBeCloseTo(4.8268068, 6);
    expect(f.positiveShare).toBeCloseTo(4 / 7, 10);
    expect(f.positiveCi?.lower).toBeCloseTo(0.2504584, 6);
    expect(f.positiveCi?.upper).toBeCloseTo(0.8417801, 6);
    expect(f.dontKnowShare).toBeCloseTo(3 / 10, 10);
    // In display order, "Helt enig" (5) first.
    expect(f.distribution?.map((d) => d.count)).toEqual([2, 2, 1, 1, 1]);
  });

  it('has no mean and no interval at n = 0, and only a mean at n = 1', () => {
    const empty = figure(cell([]), AGREE5, 'shown');
    expect(empty).toMatchObject({ n: 0, mean: null, ci: null, positiveShare: null, dontKnowShare: null });
    const one = figure(cell([4]), AGREE5, 'shown');
    expect(one).toMatchObject({ n: 1, mean: 4, sd: null, ci: null, positiveShare: 1 });
  });

  it('reports a group that answered only "ved ikke" by its share alone', () => {
    const f = figure(cell([], 6), AGREE5, 'shown');
    expect(f).toMatchObject({ n: 0, dontKnow: 6, mean: null, positiveShare: null, dontKnowShare: 1 });
  });

  it('hides every number of a suppressed cell', () => {
    const f = figure(cell([5, 5, 5]), AGREE5, 'suppressed');
    expect(f).toEqual({
      status: 'suppressed',
      n: null,
      dontKnow: null,
      mean: null,
      sd: null,
      ci: null,
      positiveShare: null,
      positiveCi: null,
      dontKnowShare: null,
      distribution: null,
    });
  });

  it('counts the top two boxes as positive', () => {
    expect(positiveCount(cell([1, 2, 3, 4, 5, 5]), AGREE5)).toBe(3);
  });
});

describe('suppression in the unit tree', () => {
  const tree = buildTree([
    { id: 'a', parentId: null, name: 'A' },
    { id: 'a1', parentId: 'a', name: 'A1' },
    { id: 'a2', parentId: 'a', name: 'A2' },
    { id: 'b', parentId: null, name: 'B' },
  ]);

  it('shows a unit exactly at the threshold and hides one below it with a complement', () => {
    const own = new Map([
      ['a1', cell([3, 3, 3, 3, 3])],
      ['a2', cell([4, 4])],
      ['b', cell([5, 5, 5, 5, 5])],
    ]);
    const totals = subtreeTotals(tree, own);
    expect(totals.get('a')?.n).toBe(7);
    expect(totals.get('municipality')?.n).toBe(12);
    // a2 (2) is hidden; a − a1 would reveal it, so a1 is hidden too. b has exactly 5: shown.
    expect(treeStatuses(tree, totals, 5)).toMatchObject({
      a: 'shown',
      a1: 'complementary',
      a2: 'suppressed',
      b: 'shown',
    });
  });
});
