import { grown } from './columns.ts';
import { exactQuantile, QuantileSummary } from './quantiles.ts';
import { SequenceStore } from './sequence-store.ts';

/** Durations of a variant: none yet, one (in `firstDuration`), or more (a QuantileSummary). */
const NO_DURATION = 0;
const ONE_DURATION = 1;
const SUMMARISED = 2;

/**
 * The variants (distinct actor sequences) of a log with their case counts, durations and activity
 * sequences, kept in typed-array columns: with every case its own variant (a generated log, or long
 * cases in a real one) there are as many variants as cases, so a JS object, array and summary per
 * variant (~900 bytes) would outweigh everything else. Here a variant costs about 80 bytes plus
 * 2 bytes per id of its actor and activity sequences ({@link SequenceStore}).
 *
 * Variant `v` is the v-th distinct actor sequence seen (its number in the actor store). Each
 * variant's activity sequences (the activity of each actor event, aligned with the actors) are
 * counted too, chained in first-seen order: the report shows the most common one, so a variant
 * opened as a journey has steps. A variant's durations are a single number until a second timed
 * case arrives, then a {@link QuantileSummary} fed the same values in the same order, so the
 * quantiles are those of a summary from the start.
 */
export class VariantTable {
  private readonly actorSeqs = new SequenceStore();
  private readonly activitySeqs = new SequenceStore();
  private counts = new Int32Array(1024);
  private durationState = new Uint8Array(1024);
  private firstDuration = new Float64Array(1024);
  private readonly summaries = new Map<number, QuantileSummary>();
  /** First and last activity sequence of each variant; -1: none. */
  private firstActivities = new Int32Array(1024);
  private lastActivities = new Int32Array(1024);
  /** Per activity sequence: its case count and the next one of the same variant (-1: none). */
  private activityCounts = new Int32Array(1024);
  private nextActivities = new Int32Array(1024);

  /** Number of distinct variants. */
  get size(): number {
    return this.actorSeqs.size;
  }

  /** Counts one case with this actor sequence, its aligned activities and duration (null: untimed). */
  add(actors: readonly number[], activities: readonly number[], duration: number | null): void {
    this.actorSeqs.stage(actors);
    let v = this.actorSeqs.find();
    if (v < 0) {
      v = this.actorSeqs.keep();
      if (v >= this.counts.length) {
        this.counts = grown(this.counts, v);
        this.durationState = grown(this.durationState, v);
        this.firstDuration = grown(this.firstDuration, v);
        this.firstActivities = grown(this.firstActivities, v);
        this.lastActivities = grown(this.lastActivities, v);
      }
      this.firstActivities[v] = -1;
    }
    this.counts[v] = (this.counts[v] ?? 0) + 1;
    if (duration !== null) this.addDuration(v, duration);
    this.activitySeqs.stage(activities, v);
    const a = this.activitySeqs.find();
    if (a >= 0) {
      this.activityCounts[a] = (this.activityCounts[a] ?? 0) + 1;
      return;
    }
    const kept = this.activitySeqs.keep();
    if (kept >= this.activityCounts.length) {
      this.activityCounts = grown(this.activityCounts, kept);
      this.nextActivities = grown(this.nextActivities, kept);
    }
    this.activityCounts[kept] = 1;
    this.nextActivities[kept] = -1;
    const last = this.lastActivities[v] ?? -1;
    if (this.firstActivities[v] === -1) this.firstActivities[v] = kept;
    else this.nextActivities[last] = kept;
    this.lastActivities[v] = kept;
  }

  private addDuration(v: number, duration: number): void {
    const state = this.durationState[v];
    if (state === NO_DURATION) {
      this.firstDuration[v] = duration;
      this.durationState[v] = ONE_DURATION;
      return;
    }
    let summary = this.summaries.get(v);
    if (!summary) {
      summary = new QuantileSummary();
      summary.add(this.firstDuration[v] ?? 0);
      this.summaries.set(v, summary);
      this.durationState[v] = SUMMARISED;
    }
    summary.add(duration);
  }

  /** Number of cases of variant `v`. */
  count(v: number): number {
    return this.counts[v] ?? 0;
  }

  /** The median duration of the timed cases of variant `v` (null when none is timed). */
  medianDuration(v: number): number | null {
    const state = this.durationState[v];
    if (state === NO_DURATION) return null;
    if (state === ONE_DURATION) {
      // What a summary of this one value answers: the value clamped at 0 (NaN included).
      const d = this.firstDuration[v] ?? 0;
      return exactQuantile([d > 0 ? d : 0], 0.5);
    }
    return this.summaries.get(v)?.quantile(0.5) ?? null;
  }

  /** The actor ids of variant `v`. */
  actorIds(v: number): number[] {
    return this.actorSeqs.decode(v);
  }

  /** The activity sequence most cases of variant `v` share (the first seen among equals). */
  mostCommonActivities(v: number): number[] {
    let best = -1;
    for (let a = this.firstActivities[v] ?? -1; a >= 0; a = this.nextActivities[a] ?? -1)
      if (best < 0 || (this.activityCounts[a] ?? 0) > (this.activityCounts[best] ?? 0)) best = a;
    return best < 0 ? [] : this.activitySeqs.decode(best);
  }

  /** Orders variants by case count (descending), then by actor sequence in `rank` order of the ids. */
  compare(x: number, y: number, rank: readonly number[]): number {
    return this.count(y) - this.count(x) || this.actorSeqs.compare(x, y, rank);
  }
}
