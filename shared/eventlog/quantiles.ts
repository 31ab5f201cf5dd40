/**
 * Bounded-memory quantiles for waiting times and durations.
 *
 * Why not exact: keeping every waiting time of every actor pair costs memory proportional to the
 * number of events, which the analysis must avoid. Why not only a sketch: most pairs and variants
 * are small, and exact figures there make results reproducible by hand.
 *
 * So a summary keeps the raw values while it has at most {@link EXACT_LIMIT} of them (exact
 * quantiles), then folds them into a log-bucketed histogram in the style of DDSketch
 * (Masson, Rim & Lee, VLDB 2019): bucket k holds values in (γ^(k-1), γ^k] with
 * γ = (1+α)/(1-α), α = 1 %, so any reported quantile is within 1 % relative error of a value of
 * the right rank. Zero (and negative, clamped) values are counted exactly in their own bucket.
 * Memory per summary is then bounded by the number of buckets: ≤ ~1,100 for 1 ms … 10 years,
 * in practice a few dozen.
 */

/** Number of raw values kept before switching to the sketch. */
export const EXACT_LIMIT = 256;
/** Relative accuracy of the sketch. */
export const RELATIVE_ACCURACY = 0.01;

const GAMMA = (1 + RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY);
const LOG_GAMMA = Math.log(GAMMA);

/** A streaming quantile summary of non-negative numbers (milliseconds). */
export class QuantileSummary {
  private exact: number[] | null = [];
  private zeros = 0;
  /**
   * Counts of buckets with key ≥ 0 (values ≥ 1 ms, nearly all) by key − `base`, the smallest key
   * seen: an array read, no hashing, and no room for the keys below the smallest (waiting times of
   * minutes to days have keys 530–910, so indexing from 0 would leave most of the array empty, and
   * a log has one summary per actor pair).
   */
  private buckets: number[] | null = null;
  private base = 0;
  /** Buckets with key < 0 (fractions of a millisecond). */
  private small: Map<number, number> | null = null;
  /** Number of values added. */
  count = 0;
  /** True while `exact` is in ascending order (sorted in place by the first quantile asked for). */
  private sorted = false;

  /** Adds one value; negative values are clamped to 0. */
  add(value: number): void {
    this.count++;
    this.sorted = false;
    // Unlike Math.max, this also maps NaN to 0.
    const v = value > 0 ? value : 0;
    if (this.exact) {
      this.exact.push(v);
      if (this.exact.length > EXACT_LIMIT) {
        const values = this.exact;
        this.exact = null;
        for (const x of values) this.addToSketch(x);
      }
      return;
    }
    this.addToSketch(v);
  }

  private addToSketch(v: number): void {
    if (v === 0) {
      this.zeros++;
      return;
    }
    const key = Math.ceil(Math.log(v) / LOG_GAMMA);
    // Created lazily: most summaries (one per variant) never leave exact mode.
    if (key >= 0) {
      if (!this.buckets) {
        this.buckets = [1];
        this.base = key;
      } else if (key < this.base) {
        const lower: number[] = new Array(this.base - key).fill(0);
        lower[0] = 1;
        this.buckets = lower.concat(this.buckets);
        this.base = key;
      } else this.buckets[key - this.base] = (this.buckets[key - this.base] ?? 0) + 1;
    } else {
      this.small ??= new Map();
      this.small.set(key, (this.small.get(key) ?? 0) + 1);
    }
  }

  /** True while every value is still kept (quantiles are exact). */
  get isExact(): boolean {
    return this.exact !== null;
  }

  /**
   * The q-quantile (0 ≤ q ≤ 1), or null when empty. Exact mode uses linear interpolation between
   * closest ranks (like numpy's default), so the median of [1, 2] is 1.5.
   */
  quantile(q: number): number | null {
    if (this.count === 0) return null;
    if (this.exact) {
      // Sorted once in place (the order of the raw values means nothing) instead of a copy per call.
      if (!this.sorted) this.exact.sort((a, b) => a - b);
      this.sorted = true;
      return sortedQuantile(this.exact, q);
    }
    const rank = q * (this.count - 1);
    if (rank < this.zeros) return 0;
    let seen = this.zeros;
    let last = 0;
    // Buckets in key order: the small ones (negative keys) first, then the array's. No arrays are
    // built: a report asks two quantiles of each of thousands of summaries.
    if (this.small) {
      for (const [key, n] of [...this.small].sort((a, b) => a[0] - b[0])) {
        seen += n;
        last = key;
        if (seen > rank) return (2 * GAMMA ** key) / (GAMMA + 1);
      }
    }
    const buckets = this.buckets ?? [];
    for (let i = 0; i < buckets.length; i++) {
      const key = this.base + i;
      const n = buckets[i];
      if (!n) continue;
      seen += n;
      last = key;
      if (seen > rank) return (2 * GAMMA ** key) / (GAMMA + 1);
    }
    return (2 * GAMMA ** last) / (GAMMA + 1);
  }
}

/** Exact q-quantile of `values` with linear interpolation; sorts a copy. */
export function exactQuantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  return sortedQuantile(
    [...values].sort((a, b) => a - b),
    q,
  );
}

/** The q-quantile of ascending, non-empty `sorted`, interpolated linearly between closest ranks. */
function sortedQuantile(sorted: readonly number[], q: number): number {
  const rank = Math.min(Math.max(q, 0), 1) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo] ?? 0;
  const b = sorted[hi] ?? a;
  return a + (b - a) * (rank - lo);
}
