import type { OrderedCase } from './case-buffer.ts';
import { CountTable, IdCounter, PairTable } from './pair-table.ts';
import { QuantileSummary } from './quantiles.ts';

/** Count and waiting times of one directly-following actor pair. */
export interface PairStat {
  count: number;
  waits: QuantileSummary;
}

/** Frequency and durations of one variant (distinct actor sequence). */
export interface VariantStat {
  actors: number[];
  count: number;
  durations: QuantileSummary;
}

/**
 * Cross-case aggregates. Every structure is keyed by actors, activities, pairs or variants,
 * never by event, so memory is bounded by those (see quantiles.ts for the per-pair summaries).
 */
export class Aggregates {
  cases = 0;
  events = 0;
  pairs = 0;
  selfPairs = 0;
  untimedCases = 0;
  firstTime = Number.POSITIVE_INFINITY;
  lastTime = Number.NEGATIVE_INFINITY;
  readonly actorPairs = new PairTable<PairStat>();
  readonly activityPairs = new CountTable();
  readonly startActivities = new IdCounter();
  readonly endActivities = new IdCounter();
  readonly actorEvents = new IdCounter();
  readonly activityEvents = new IdCounter();
  readonly actorCases = new IdCounter();
  readonly together = new CountTable();
  /** Scratch marks for distinct actors per case: mark[id] === case number. */
  private readonly mark: number[] = [];
  readonly handoversPerCase = new Map<number, number>();
  readonly variants = new Map<string, VariantStat>();
  readonly durations = new QuantileSummary();

  /** Folds one ordered case into the aggregates. */
  addCase(c: OrderedCase, collapseRepeats: boolean): void {
    const { actors, activities, times } = c;
    const n = actors.length;
    if (n === 0) return;
    this.cases++;
    this.events += n;
    if (!c.timed) this.untimedCases++;
    let handovers = 0;
    for (let i = 0; i < n; i++) {
      this.actorEvents.bump(actors[i] ?? 0);
      this.activityEvents.bump(activities[i] ?? 0);
    }
    for (let i = 1; i < n; i++) {
      const a = actors[i - 1] ?? 0;
      const b = actors[i] ?? 0;
      let stat = this.actorPairs.get(a, b);
      if (!stat) {
        stat = { count: 0, waits: new QuantileSummary() };
        this.actorPairs.set(a, b, stat);
      }
      stat.count++;
      if (c.timed) stat.waits.add((times[i] ?? 0) - (times[i - 1] ?? 0));
      if (a === b) this.selfPairs++;
      else handovers++;
      this.activityPairs.bump(activities[i - 1] ?? 0, activities[i] ?? 0);
    }
    this.pairs += n - 1;
    bump(this.handoversPerCase, handovers);
    this.startActivities.bump(activities[0] ?? 0);
    this.endActivities.bump(activities[n - 1] ?? 0);
    this.addTogether(actors);
    const duration = c.timed ? (times[n - 1] ?? 0) - (times[0] ?? 0) : null;
    if (duration !== null) {
      this.durations.add(duration);
      this.firstTime = Math.min(this.firstTime, times[0] ?? 0);
      this.lastTime = Math.max(this.lastTime, times[n - 1] ?? 0);
    }
    this.addVariant(collapseRepeats ? collapse(actors) : [...actors], duration);
  }

  private addTogether(actors: readonly number[]): void {
    const distinct: number[] = [];
    for (const a of actors) {
      if (this.mark[a] !== this.cases) {
        this.mark[a] = this.cases;
        distinct.push(a);
      }
    }
    distinct.sort((a, b) => a - b);
    for (let i = 0; i < distinct.length; i++) {
      const a = distinct[i] ?? 0;
      this.actorCases.bump(a);
      for (let j = i + 1; j < distinct.length; j++) this.together.bump(a, distinct[j] ?? 0);
    }
  }

  private addVariant(actors: number[], duration: number | null): void {
    const key = actors.join(',');
    let v = this.variants.get(key);
    if (!v) {
      v = { actors, count: 0, durations: new QuantileSummary() };
      this.variants.set(key, v);
    }
    v.count++;
    if (duration !== null) v.durations.add(duration);
  }
}

function bump(map: Map<number, number>, key: number): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Removes consecutive repeats: [a, a, b, a] → [a, b, a]. */
export function collapse(actors: readonly number[]): number[] {
  return actors.filter((a, i) => i === 0 || a !== actors[i - 1]);
}
