import { QuantileSummary } from './quantiles.ts';
import { type SequenceRef, SequenceStore } from './sequence-store.ts';

/** One activity sequence seen in the cases of a variant, with its case count. */
interface ActivitySequence {
  ref: SequenceRef;
  count: number;
  /** Index of the variant it belongs to. */
  owner: number;
  /** Next entry with the same hash. */
  next: ActivitySequence | undefined;
}

/** Frequency and durations of one variant (distinct actor sequence). */
export interface VariantStat {
  /** Index in first-seen order. */
  index: number;
  actors: SequenceRef;
  count: number;
  durations: QuantileSummary;
  /**
   * The activity sequences of its cases (the activity of each actor event, aligned with the actors)
   * in first-seen order, with counts: the report shows the most common one, so a variant opened as a
   * journey has steps.
   */
  activities: ActivitySequence[];
  /** Next variant with the same hash. */
  next: VariantStat | undefined;
}

/**
 * The variants of a log with their activity sequences, kept compactly ({@link SequenceStore}): no
 * per-variant strings or JS arrays, so memory is a few hundred bytes per variant plus 2 bytes per
 * id of each distinct sequence.
 */
export class VariantTable {
  private readonly actorSeqs = new SequenceStore();
  private readonly activitySeqs = new SequenceStore();
  private readonly byHash = new Map<number, VariantStat>();
  private readonly activityByHash = new Map<number, ActivitySequence>();
  private readonly list: VariantStat[] = [];

  /** Number of distinct variants. */
  get size(): number {
    return this.list.length;
  }

  /** The variants in first-seen order. */
  values(): readonly VariantStat[] {
    return this.list;
  }

  /** Counts one case with this actor sequence, its aligned activities and duration (null: untimed). */
  add(actors: readonly number[], activities: readonly number[], duration: number | null): void {
    const hash = this.actorSeqs.stage(actors);
    let v = this.byHash.get(hash);
    while (v && !this.actorSeqs.matches(v.actors)) v = v.next;
    if (!v) {
      v = {
        index: this.list.length,
        actors: this.actorSeqs.keep(),
        count: 0,
        durations: new QuantileSummary(),
        activities: [],
        next: this.byHash.get(hash),
      };
      this.byHash.set(hash, v);
      this.list.push(v);
    }
    v.count++;
    if (duration !== null) v.durations.add(duration);
    const owner = v.index;
    const activityHash = this.activitySeqs.stage(activities, owner);
    let a = this.activityByHash.get(activityHash);
    while (a && !(a.owner === owner && this.activitySeqs.matches(a.ref))) a = a.next;
    if (a) a.count++;
    else {
      a = { ref: this.activitySeqs.keep(), count: 1, owner, next: this.activityByHash.get(activityHash) };
      this.activityByHash.set(activityHash, a);
      v.activities.push(a);
    }
  }

  /** The actor ids of a variant. */
  actorIds(v: VariantStat): number[] {
    return this.actorSeqs.decode(v.actors);
  }

  /** The activity sequence most cases of a variant share (the first seen among equals). */
  mostCommonActivities(v: VariantStat): number[] {
    let best: ActivitySequence | undefined;
    for (const a of v.activities) if (!best || a.count > best.count) best = a;
    return best ? this.activitySeqs.decode(best.ref) : [];
  }

  /** Orders variants by case count (descending), then by actor sequence in `rank` order of the ids. */
  compare(x: VariantStat, y: VariantStat, rank: readonly number[]): number {
    return y.count - x.count || this.actorSeqs.compare(x.actors, y.actors, rank);
  }
}
