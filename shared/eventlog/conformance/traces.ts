import { CaseBuffer, orderCase } from '../case-buffer.ts';
import type { CaseRecord, EventBatch, LogEvent } from '../types.ts';
import type { ConformancePlan } from './types.ts';

/**
 * The cases of a log as visits to planned steps, in flat arrays (one entry per visit; case `c` owns
 * visits `offsets[c]`…`offsets[c+1]-1`). A visit is a run of consecutive events mapped to the same
 * step — one step is often several activities in the case system — from its first event (`starts`)
 * to its last (`ends`). Times are epoch ms, NaN when the case has an event without a timestamp.
 */
export interface MappedTraces {
  stepIds: readonly string[];
  caseIds: string[];
  offsets: number[];
  steps: number[];
  starts: number[];
  ends: number[];
  /** The planned actors the mapping names (distinct), indexed by `actorRuns`. */
  actorIds: readonly string[];
  /**
   * Per mapped case, its mapped events' planned actors with runs of one actor collapsed; case `c`
   * owns `actorRuns[actorOffsets[c]]`…`actorRuns[actorOffsets[c+1]-1]`. Events whose resource/group
   * is not mapped are left out, so a handover is one from a mapped actor to the next.
   */
  actorRuns: number[];
  actorOffsets: number[];
  /** Cases of the log, mapped or not. */
  cases: number;
  /** Events left out: activity not mapped, or not a "complete" lifecycle event. */
  ignoredEvents: number;
}

/**
 * Reads parser (or stored) batches into {@link MappedTraces}. Events are buffered per open case only
 * and ordered by time when the case closes (ties in file order), as in the handover analysis.
 */
export class TraceCollector {
  private readonly stepIndex: Map<string, number>;
  private readonly activityStep = new Map<string, number>();
  private readonly actorIndex = new Map<string, number>();
  private readonly actorOf = new Map<string, number>();
  private readonly open = new Map<string, CaseBuffer>();
  private readonly completeOnly: boolean;
  private readonly out: MappedTraces;

  constructor(private readonly plan: ConformancePlan) {
    this.stepIndex = new Map(plan.steps.map((s, i) => [s.id, i]));
    this.completeOnly = (plan.lifecycle ?? 'complete') === 'complete';
    const stepIds = plan.steps.map((s) => s.id);
    const actorIds = [...new Set(Object.values(plan.actors ?? {}))];
    for (const [i, id] of actorIds.entries()) this.actorIndex.set(id, i);
    this.out = {
      stepIds,
      actorIds,
      actorRuns: [],
      actorOffsets: [0],
      caseIds: [],
      offsets: [0],
      steps: [],
      starts: [],
      ends: [],
      cases: 0,
      ignoredEvents: 0,
    };
  }

  /** Adds a batch: its events, then its case records. */
  addBatch(batch: EventBatch): void {
    for (const e of batch.events) this.addEvent(e);
    for (const c of batch.cases) this.addCase(c);
  }

  private stepOf(event: LogEvent): number {
    if (this.completeOnly && event.lifecycle && event.lifecycle.toLowerCase() !== 'complete') return -1;
    let k = this.activityStep.get(event.activity);
    if (k === undefined) {
      const id = this.plan.activities[event.activity];
      k = id === undefined ? -1 : (this.stepIndex.get(id) ?? -1);
      this.activityStep.set(event.activity, k);
    }
    return k;
  }

  /** Adds one event to its open case. */
  addEvent(event: LogEvent): void {
    let buffer = this.open.get(event.caseId);
    if (!buffer) {
      buffer = new CaseBuffer();
      this.open.set(event.caseId, buffer);
    }
    const k = this.stepOf(event);
    if (k < 0) {
      this.out.ignoredEvents++;
      // An empty entry still marks the case as seen, so unmapped cases count in `cases`.
      return;
    }
    buffer.push(this.actorOfEvent(event), k, event.timestamp);
  }

  /** The index of the planned actor the event's resource/group is mapped to, -1 when none. */
  private actorOfEvent(event: LogEvent): number {
    const name = this.plan.actorBy === 'group' ? event.group : event.resource;
    if (name === undefined || this.actorIndex.size === 0) return -1;
    let a = this.actorOf.get(name);
    if (a === undefined) {
      const id = this.plan.actors?.[name];
      a = id === undefined ? -1 : (this.actorIndex.get(id) ?? -1);
      this.actorOf.set(name, a);
    }
    return a;
  }

  /** A closed record folds its case into the traces. */
  addCase(record: CaseRecord): void {
    if (!record.closed) return;
    const buffer = this.open.get(record.caseId);
    if (buffer) this.close(record.caseId, buffer);
  }

  private close(caseId: string, buffer: CaseBuffer): void {
    this.open.delete(caseId);
    const out = this.out;
    out.cases++;
    if (buffer.length === 0) return;
    const { activities: steps, actors, times, timed } = orderCase(buffer);
    let last = -1;
    let lastActor = -1;
    for (let i = 0; i < steps.length; i++) {
      const a = actors[i] ?? -1;
      if (a >= 0 && a !== lastActor) {
        out.actorRuns.push(a);
        lastActor = a;
      }
      const k = steps[i] ?? 0;
      const t = timed ? (times[i] ?? Number.NaN) : Number.NaN;
      if (k === last) {
        out.ends[out.ends.length - 1] = t;
        continue;
      }
      out.steps.push(k);
      out.starts.push(t);
      out.ends.push(t);
      last = k;
    }
    out.caseIds.push(caseId);
    out.offsets.push(out.steps.length);
    out.actorOffsets.push(out.actorRuns.length);
  }

  /** Closes every open case and returns the traces. Call once. */
  finish(): MappedTraces {
    for (const [caseId, buffer] of [...this.open]) this.close(caseId, buffer);
    return this.out;
  }
}
