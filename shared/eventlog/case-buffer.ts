import type { AttrValue } from './types.ts';

/**
 * The events of one open case in compact form: interned actor and activity ids and timestamps
 * (NaN when missing), in file order. Only open cases are buffered; a case is folded into the
 * aggregates and dropped as soon as it is closed, so memory follows open cases, not events.
 */
export class CaseBuffer {
  readonly actors: number[] = [];
  readonly activities: number[] = [];
  readonly times: number[] = [];
  attrs: Record<string, AttrValue> = {};
  /** False once a timestamp is smaller than its predecessor: ordering then needs a sort. */
  inOrder = true;
  /** True when some event has no timestamp; such a case keeps file order. */
  missingTime = false;

  /** Appends one event. */
  push(actor: number, activity: number, time: number | null): void {
    const t = time ?? Number.NaN;
    if (time === null) this.missingTime = true;
    const n = this.times.length;
    if (n > 0 && t < (this.times[n - 1] ?? t)) this.inOrder = false;
    this.actors.push(actor);
    this.activities.push(activity);
    this.times.push(t);
  }

  get length(): number {
    return this.times.length;
  }
}

/** A case's events in analysis order. */
export interface OrderedCase {
  actors: readonly number[];
  activities: readonly number[];
  times: readonly number[];
  /** False when any timestamp was missing: waiting times and duration are then unknown. */
  timed: boolean;
}

/**
 * Orders a buffered case by timestamp, keeping ties in file order (a stable sort on the index).
 * A case with any missing timestamp keeps file order as a whole: there is no sound place to
 * put an untimed event among timed ones, and file order is what the source system wrote.
 */
export function orderCase(buffer: CaseBuffer): OrderedCase {
  const { actors, activities, times } = buffer;
  if (buffer.inOrder || buffer.missingTime) {
    return { actors, activities, times, timed: !buffer.missingTime };
  }
  const idx = Array.from({ length: times.length }, (_, i) => i);
  idx.sort((a, b) => (times[a] ?? 0) - (times[b] ?? 0) || a - b);
  return {
    actors: idx.map((i) => actors[i] ?? 0),
    activities: idx.map((i) => activities[i] ?? 0),
    times: idx.map((i) => times[i] ?? 0),
    timed: true,
  };
}
