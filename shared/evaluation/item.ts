import {
  type Comparison,
  compareCounts,
  holmAdjust,
  type Interval,
  type Summary,
  statsFromCounts,
  summariseAggregates,
  type Verdict,
  verdict,
} from '../stats/index.ts';

/** Answer counts of one survey item in the two groups, categories in ascending value order. */
export interface ItemCounts {
  itemId: string;
  /** Category values ascending, already oriented so that higher is better. */
  values: readonly number[];
  before: readonly number[];
  after: readonly number[];
}

/** What the report shows for one item. Means are null when a group is below the anonymity limit. */
export interface ItemEvaluation {
  itemId: string;
  before: Summary | null;
  after: Summary | null;
  nBefore: number;
  nAfter: number;
  /** mean(after) − mean(before) with Welch's 95 % interval; null when suppressed or untestable. */
  diff: number | null;
  ci: Interval | null;
  /** Mann–Whitney p before and after Holm's adjustment over all items of the evaluation. */
  p: number | null;
  pAdjusted: number | null;
  rankBiserial: number | null;
  cohensD: number | null;
  verdict: Verdict;
}

export interface EvaluateOptions {
  /** Smallest group shown at all (the municipality's anonymity limit). */
  minGroupSize: number;
  /** Smallest group for a verdict other than "too few" (default 20, see `shared/stats/verdict`). */
  minN?: number;
  alpha?: number;
}

function summaryOf(values: readonly number[], counts: readonly number[]): Summary {
  return summariseAggregates(statsFromCounts(values, counts, Number.POSITIVE_INFINITY));
}

function present(counts: ItemCounts, comparison: Comparison, pAdjusted: number | null, o: EvaluateOptions) {
  const nBefore = counts.before.reduce((s, c) => s + c, 0);
  const nAfter = counts.after.reduce((s, c) => s + c, 0);
  const shown = nBefore >= o.minGroupSize && nAfter >= o.minGroupSize;
  const mw = comparison.mannWhitney;
  const diff = shown ? (comparison.welch?.diff ?? comparison.verdict.params.diff) : null;
  const ci = shown ? (comparison.welch?.ci ?? null) : null;
  const v = verdict(
    {
      nBefore,
      nAfter,
      p: shown ? pAdjusted : null,
      diff,
      ci,
      effect: mw?.rankBiserial ?? null,
      agreeingDirection: mw?.rankBiserial ?? null,
    },
    {
      ...(o.minN !== undefined ? { minN: o.minN } : {}),
      ...(o.alpha !== undefined ? { alpha: o.alpha } : {}),
    },
  );
  return {
    itemId: counts.itemId,
    before: nBefore >= o.minGroupSize ? summaryOf(counts.values, counts.before) : null,
    after: nAfter >= o.minGroupSize ? summaryOf(counts.values, counts.after) : null,
    nBefore,
    nAfter,
    diff,
    ci,
    p: shown ? (mw?.p ?? null) : null,
    pAdjusted: shown ? pAdjusted : null,
    rankBiserial: shown ? (mw?.rankBiserial ?? null) : null,
    cohensD: shown ? comparison.cohensD : null,
    verdict: v,
  };
}

/**
 * Evaluates every measured item. The verdict of each item rests on the Mann–Whitney test (ordinal
 * answers), Holm-adjusted over all items so that measuring more items does not make a chance finding
 * more likely, AND on Welch's interval of the mean difference excluding 0. Either alone could overstate.
 */
export function evaluateItems(items: readonly ItemCounts[], options: EvaluateOptions): ItemEvaluation[] {
  const comparisons = items.map((i) => compareCounts(i.values, i.before, i.after));
  const testable = comparisons.map((c) => c.mannWhitney?.p ?? null);
  const present_ = testable.filter((p): p is number => p !== null);
  const adjusted = holmAdjust(present_);
  let k = 0;
  return items.map((item, i) => {
    const p = testable[i] ?? null;
    const pAdj = p === null ? null : (adjusted[k++] ?? null);
    return present(item, comparisons[i] as Comparison, pAdj, options);
  });
}
