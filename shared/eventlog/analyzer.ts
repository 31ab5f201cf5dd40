import { Aggregates, actorSequence, NO_ACTOR } from './aggregates.ts';
import { CaseBuffer, orderCase } from './case-buffer.ts';
import { type AnalysisFilters, caseMatches, variantKey } from './filters.ts';
import { Interner } from './interner.ts';
import { buildReport, type HandoverReport } from './report.ts';
import { type ActorKey, actorOf, type CaseRecord, type EventBatch, type LogEvent } from './types.ts';

/** Options of {@link HandoverAnalysis}. */
export interface AnalysisOptions {
  /** Actor of an event: `resource` (default), `group`, or an event attribute name. */
  by?: ActorKey;
  filters?: AnalysisFilters;
  /** Variants compare actor sequences with consecutive repeats collapsed (a,a,b → a,b). */
  collapseRepeatsInVariants?: boolean;
  /** The report lists at most this many variants, the most frequent (all are counted). */
  maxVariants?: number;
}

/**
 * Incremental handover (social network) and directly-follows analysis.
 *
 * Feed it parser batches with {@link addBatch}; call {@link finish} once at the end. Events are
 * buffered per open case only: a case is folded into the aggregates when a closed
 * {@link CaseRecord} arrives (XES traces, grouped CSV) or at {@link finish} (interleaved CSV).
 */
export class HandoverAnalysis {
  private readonly by: ActorKey;
  private readonly filters: AnalysisFilters;
  private readonly collapse: boolean;
  private readonly maxVariants: number | undefined;
  private readonly open = new Map<string, CaseBuffer>();
  private readonly actors = new Interner();
  private readonly activities = new Interner();
  private readonly agg = new Aggregates();
  private excluded = 0;
  private lastId: string | null = null;
  private lastBuffer: CaseBuffer | null = null;

  constructor(options: AnalysisOptions = {}) {
    this.by = options.by ?? 'resource';
    this.filters = options.filters ?? {};
    this.collapse = options.collapseRepeatsInVariants ?? false;
    this.maxVariants = options.maxVariants;
    // "No actor" gets id NO_ACTOR before any event, so the aggregates can leave it out by id.
    if (this.actors.id('') !== NO_ACTOR) throw new Error('unreachable: "no actor" must be interned first');
  }

  /** Adds a parser batch: its events first, then its case records. */
  addBatch(batch: EventBatch): void {
    for (const event of batch.events) this.addEvent(event);
    for (const record of batch.cases) this.addCase(record);
  }

  /** Adds one event to its (open) case. */
  addEvent(event: LogEvent): void {
    let buffer = this.lastId === event.caseId ? this.lastBuffer : this.open.get(event.caseId);
    if (!buffer) {
      buffer = new CaseBuffer();
      this.open.set(event.caseId, buffer);
    }
    this.lastId = event.caseId;
    this.lastBuffer = buffer;
    buffer.push(this.actors.id(actorOf(event, this.by)), this.activities.id(event.activity), event.timestamp);
  }

  /** Merges case attributes; a closed record folds the case into the results. */
  addCase(record: CaseRecord): void {
    const buffer = this.open.get(record.caseId);
    if (!buffer) return;
    Object.assign(buffer.attrs, record.attrs);
    if (record.closed) this.close(record.caseId, buffer);
  }

  /** Number of cases still buffered. */
  get openCases(): number {
    return this.open.size;
  }

  private close(caseId: string, buffer: CaseBuffer): void {
    this.open.delete(caseId);
    if (this.lastId === caseId) {
      this.lastId = null;
      this.lastBuffer = null;
    }
    if (!caseMatches(buffer, this.filters)) {
      this.excluded++;
      return;
    }
    const ordered = orderCase(buffer);
    const allowed = this.filters.allowedVariants;
    if (allowed) {
      const actors = actorSequence(ordered.actors);
      const seq = this.collapse ? actors.filter((a, i) => a !== actors[i - 1]) : actors;
      if (!allowed.has(variantKey(seq.map((a) => this.actors.name(a))))) {
        this.excluded++;
        return;
      }
    }
    this.agg.addCase(ordered, this.collapse);
  }

  /** Closes every open case and returns the report. Call once. */
  finish(): HandoverReport {
    for (const [caseId, buffer] of [...this.open]) this.close(caseId, buffer);
    return buildReport({
      by: this.by,
      agg: this.agg,
      actors: this.actors,
      activities: this.activities,
      excluded: this.excluded,
      minVariantFrequency: this.filters.minVariantFrequency ?? 1,
      ...(this.maxVariants === undefined ? {} : { maxVariants: this.maxVariants }),
    });
  }
}
