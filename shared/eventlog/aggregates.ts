import type { OrderedCase } from './case-buffer.ts';
import { CountTable, IdCounter, PairTable } from './pair-table.ts';
import { QuantileSummary } from './quantiles.ts';
import { VariantTable } from './variant-table.ts';

/** Count and waiting times of one directly-following actor pair. */
export interface PairStat {
  count: number;
  waits: QuantileSummary;
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
  readonly variants = new VariantTable();
  readonly durations = new QuantileSummary();

  /** Events without the actor attribute: in the activity figures, left out of every actor figure. */
  eventsWithoutActor = 0;

  /**
   * Folds one ordered case into the aggregates. Activity figures use every event. Actor figures use
   * the events that carry an actor only (id {@link NO_ACTOR} marks the others), consecutive ones
   * directly linked: PM4Py's handover of work on the log filtered to events with the attribute.
   */
  addCase(c: OrderedCase, collapseRepeats: boolean): void {
    const { actors, activities, times } = c;
    const n = actors.length;
    if (n === 0) return;
    this.cases++;
    this.events += n;
    if (!c.timed) this.untimedCases++;
    for (let i = 0; i < n; i++) this.activityEvents.bump(activities[i] ?? 0);
    for (let i = 1; i < n; i++) this.activityPairs.bump(activities[i - 1] ?? 0, activities[i] ?? 0);
    let handovers = 0;
    let prev = -1;
    const sequence: number[] = [];
    const sequenceActivities: number[] = [];
    for (let i = 0; i < n; i++) {
      const b = actors[i] ?? NO_ACTOR;
      if (b === NO_ACTOR) {
        this.eventsWithoutActor++;
        continue;
      }
      sequence.push(b);
      sequenceActivities.push(activities[i] ?? 0);
      this.actorEvents.bump(b);
      if (prev >= 0) {
        const a = actors[prev] ?? NO_ACTOR;
        let stat = this.actorPairs.get(a, b);
        if (!stat) {
          stat = { count: 0, waits: new QuantileSummary() };
          this.actorPairs.set(a, b, stat);
        }
        stat.count++;
        if (c.timed) stat.waits.add((times[i] ?? 0) - (times[prev] ?? 0));
        this.pairs++;
        if (a === b) this.selfPairs++;
        else handovers++;
      }
      prev = i;
    }
    bump(this.handoversPerCase, handovers);
    this.startActivities.bump(activities[0] ?? 0);
    this.endActivities.bump(activities[n - 1] ?? 0);
    this.addTogether(sequence);
    const duration = c.timed ? (times[n - 1] ?? 0) - (times[0] ?? 0) : null;
    if (duration !== null) {
      this.durations.add(duration);
      this.firstTime = Math.min(this.firstTime, times[0] ?? 0);
      this.lastTime = Math.max(this.lastTime, times[n - 1] ?? 0);
    }
    if (!collapseRepeats) {
      // The table packs what it is given, so the case's own arrays need no copy.
      this.variants.add(sequence, sequenceActivities, duration);
      return;
    }
    const kept = runStarts(sequence);
    this.variants.add(
      kept.map((i) => sequence[i] ?? NO_ACTOR),
      kept.map((i) => sequenceActivities[i] ?? 0),
      duration,
    );
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
}

function bump(map: Map<number, number>, key: number): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** The interned id of "no actor" (the empty name): analyzers intern it first, so it is always 0. */
export const NO_ACTOR = 0;

/** A case's actors without the events that have none. */
export function actorSequence(actors: readonly number[]): number[] {
  return actors.filter((a) => a !== NO_ACTOR);
}

/** Indexes where a run of equal actors starts: [a, a, b, a] → [0, 2, 3]. */
function runStarts(actors: readonly number[]): number[] {
  const starts: number[] = [];
  for (let i = 0; i < actors.length; i++) if (i === 0 || actors[i] !== actors[i - 1]) starts.push(i);
  return starts;
}

/** Removes consecutive repeats: [a, a, b, a] → [a, b, a]. */
export function collapse(actors: readonly number[]): number[] {
  return actors.filter((a, i) => i === 0 || a !== actors[i - 1]);
}
