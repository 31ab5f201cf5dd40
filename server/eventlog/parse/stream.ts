import type { EventBatch } from '../../../shared/eventlog/types.ts';
import type { ParseNote, SkippedRow } from './errors.ts';

/** Progress report, called after each chunk of input. */
export interface ParseProgress {
  /** Raw bytes read from the input (compressed bytes for .gz). */
  bytesRead: number;
  events: number;
  cases: number;
}

/** Options shared by both parsers. */
export interface CommonParseOptions {
  onProgress?: (progress: ParseProgress) => void;
  /** Events per yielded batch, roughly (default 2,000). */
  batchSize?: number;
}

/** Totals and remarks, complete once the stream has been iterated to the end. */
export interface ParseSummary {
  format: 'xes' | 'csv';
  events: number;
  cases: number;
  bytesRead: number;
  notes: ParseNote[];
  /** CSV rows left out under `skipBadRows` (the first 1,000). */
  skipped: SkippedRow[];
  /** All rows left out under `skipBadRows`. */
  skippedTotal: number;
  /** XES: keys of attributes typed `date` (their values are epoch ms, like `timestamp`). */
  dateAttributes: string[];
}

/** What the parsers return: iterate it once for batches, then read `summary`. */
export interface EventLogStream extends AsyncIterable<EventBatch> {
  readonly summary: ParseSummary;
}

/** Wraps a batch generator and its summary into an {@link EventLogStream}. */
export function toStream(summary: ParseSummary, batches: () => AsyncGenerator<EventBatch>): EventLogStream {
  return { summary, [Symbol.asyncIterator]: batches };
}

/** A fresh, empty summary. */
export function emptySummary(format: 'xes' | 'csv'): ParseSummary {
  return {
    format,
    events: 0,
    cases: 0,
    bytesRead: 0,
    notes: [],
    skipped: [],
    skippedTotal: 0,
    dateAttributes: [],
  };
}
