import type { Scale } from '../../shared/indicators/index.ts';
import {
  type CellStatus,
  type Interval,
  summariseAggregates,
  wilsonInterval,
} from '../../shared/stats/index.ts';

/**
 * Sufficient statistics of one item in one cell (a unit, a period, a scope), as SQL returns them:
 * `counts[k-1]` is the number of answers with floor(value) = k, k = 1…6.
 */
export interface Cell {
  n: number;
  sum: number;
  sumSq: number;
  dontKnow: number;
  counts: number[];
}

export const emptyCell = (): Cell => ({ n: 0, sum: 0, sumSq: 0, dontKnow: 0, counts: [0, 0, 0, 0, 0, 0] });

/** a + b, into a new cell. */
export function addCells(a: Cell, b: Cell): Cell {
  return {
    n: a.n + b.n,
    sum: a.sum + b.sum,
    sumSq: a.sumSq + b.sumSq,
    dontKnow: a.dontKnow + b.dontKnow,
    counts: a.counts.map((c, i) => c + (b.counts[i] ?? 0)),
  };
}

/** Adds b into a (a is changed; b is not). */
export function addInto(a: Cell, b: Cell): void {
  a.n += b.n;
  a.sum += b.sum;
  a.sumSq += b.sumSq;
  a.dontKnow += b.dontKnow;
  for (let i = 0; i < a.counts.length; i += 1) a.counts[i] = (a.counts[i] ?? 0) + (b.counts[i] ?? 0);
}

/** a − b: "the rest of the scope" when comparing a unit with everyone else. */
export function subtractCells(a: Cell, b: Cell): Cell {
  return {
    n: a.n - b.n,
    sum: a.sum - b.sum,
    sumSq: a.sumSq - b.sumSq,
    dontKnow: a.dontKnow - b.dontKnow,
    counts: a.counts.map((c, i) => c - (b.counts[i] ?? 0)),
  };
}

/** Answers at or above the scale's positive threshold (top-2 box); exact for integer thresholds. */
export function positiveCount(cell: Cell, scale: Scale): number {
  return cell.counts.reduce((s, c, i) => (i + 1 >= scale.positiveThreshold ? s + c : s), 0);
}

/** What the API shows for one indicator in one cell. Every figure is null unless `status` is shown. */
export interface Figure {
  status: CellStatus;
  n: number | null;
  dontKnow: number | null;
  mean: number | null;
  sd: number | null;
  ci: Interval | null;
  positiveShare: number | null;
  positiveCi: Interval | null;
  dontKnowShare: number | null;
  /** Answers per scale point, in the scale's display order; null for the index and hidden cells. */
  distribution: { value: number; count: number }[] | null;
}

const HIDDEN = {
  n: null,
  dontKnow: null,
  mean: null,
  sd: null,
  ci: null,
  positiveShare: null,
  positiveCi: null,
  dontKnowShare: null,
  distribution: null,
};

/** A cell that is not shown: its status and nothing else. */
export function hiddenFigure(status: CellStatus): Figure {
  return { status, ...HIDDEN };
}

/**
 * The figures of a cell: mean with a t-based 95 % interval, share positive with a Wilson interval,
 * share "ved ikke" — all from `shared/stats`. Hidden cells carry only their status.
 */
export function figure(cell: Cell, scale: Scale | null, status: CellStatus, withDistribution = true): Figure {
  if (status !== 'shown') return hiddenFigure(status);
  const positive = scale ? positiveCount(cell, scale) : 0;
  const s = summariseAggregates({
    n: cell.n,
    sum: cell.sum,
    sumSq: cell.sumSq,
    positive,
    dontKnow: cell.dontKnow,
  });
  return {
    status,
    n: s.n,
    dontKnow: s.dontKnow,
    mean: s.mean,
    sd: s.sd,
    ci: s.ci,
    positiveShare: scale ? s.positiveShare : null,
    positiveCi: scale ? wilsonInterval(positive, cell.n) : null,
    dontKnowShare: s.dontKnowShare,
    distribution:
      scale && withDistribution
        ? scale.points.map((p) => ({ value: p.value, count: cell.counts[p.value - 1] ?? 0 }))
        : null,
  };
}
