import { CaseBuffer, orderCase } from './case-buffer.ts';
import { Interner } from './interner.ts';
import { type ActorKey, actorOf, type LogEvent } from './types.ts';

/** One change of actor between consecutive events of a case. */
export interface CaseHandover {
  from: string;
  to: string;
  fromActivity: string;
  toActivity: string;
  /** Index (in analysis order) of the receiving event. */
  index: number;
  /** Time between the two events in ms; null when either has no timestamp. */
  waitMs: number | null;
}

/** What happened inside one case. */
export interface CaseAnalysis {
  /** Actors in analysis order (timestamp order, ties in file order). */
  actors: string[];
  activities: string[];
  handovers: CaseHandover[];
  /** Consecutive event pairs by the same actor. */
  selfRepeats: number;
  /** Last minus first timestamp in ms; null when a timestamp is missing. */
  elapsedMs: number | null;
}

/**
 * Analyses the events of a single case (e.g. for a case detail view). Same ordering rules as the
 * log-wide analysis: sorted by timestamp, ties kept in given order; with any timestamp missing,
 * the given order is kept and times are reported as null.
 */
export function analyseCase(events: readonly LogEvent[], by: ActorKey = 'resource'): CaseAnalysis {
  const actorIds = new Interner();
  const activityIds = new Interner();
  const buffer = new CaseBuffer();
  for (const e of events) buffer.push(actorIds.id(actorOf(e, by)), activityIds.id(e.activity), e.timestamp);
  const c = orderCase(buffer);
  const actors = c.actors.map((id) => actorIds.name(id));
  const activities = c.activities.map((id) => activityIds.name(id));
  const handovers: CaseHandover[] = [];
  let selfRepeats = 0;
  for (let i = 1; i < actors.length; i++) {
    const from = actors[i - 1] ?? '';
    const to = actors[i] ?? '';
    if (from === to) {
      selfRepeats++;
      continue;
    }
    handovers.push({
      from,
      to,
      fromActivity: activities[i - 1] ?? '',
      toActivity: activities[i] ?? '',
      index: i,
      waitMs: c.timed ? (c.times[i] ?? 0) - (c.times[i - 1] ?? 0) : null,
    });
  }
  const n = c.times.length;
  const elapsedMs = c.timed && n > 0 ? (c.times[n - 1] ?? 0) - (c.times[0] ?? 0) : null;
  return { actors, activities, handovers, selfRepeats, elapsedMs };
}
