import { type DateOrder, parseTimestamp } from '../../../shared/dates/index.ts';
import type { AttrValue, CaseRecord, LogEvent } from '../../../shared/eventlog/types.ts';
import type { CsvMapping, ResolvedMapping } from './csv-mapping.ts';
import { resolveMapping } from './csv-mapping.ts';
import { EventLogParseError, type SkippedRow } from './errors.ts';

/** At most this many skipped rows are listed; `skippedTotal` counts them all. */
export const SKIPPED_LIST_LIMIT = 1000;

/** Settings of a {@link CsvRowReader}. */
export interface RowReaderOptions {
  mapping: CsvMapping;
  dateOrder: DateOrder;
  skipBadRows: boolean;
  groupedByCase: boolean;
}

/**
 * Turns tokenized CSV records into events and case records. Remembers each case id once (memory
 * follows cases): to count cases, to emit case attributes once, and, when the file is declared
 * grouped by case, to close a case as soon as the next one starts and to reject a case that
 * comes back later (CSV_CASE_NOT_CONTIGUOUS).
 */
export class CsvRowReader {
  readonly events: LogEvent[] = [];
  readonly cases: CaseRecord[] = [];
  readonly skipped: SkippedRow[] = [];
  skippedTotal = 0;
  private columns: ResolvedMapping | null = null;
  private width = 0;
  private readonly seen = new Set<string>();
  private current: string | null = null;

  constructor(private readonly options: RowReaderOptions) {}

  /** Number of distinct cases so far. */
  get caseCount(): number {
    return this.seen.size;
  }

  /** Handles one record; the first is the header. */
  row(fields: string[], line: number): void {
    if (!this.columns) {
      this.columns = resolveMapping(fields, this.options.mapping);
      this.width = fields.length;
      return;
    }
    try {
      this.read(this.columns, fields, line);
    } catch (error) {
      if (!(error instanceof EventLogParseError) || !this.options.skipBadRows) throw error;
      if (error.code === 'CSV_CASE_NOT_CONTIGUOUS') throw error;
      this.skippedTotal++;
      if (this.skipped.length < SKIPPED_LIST_LIMIT)
        this.skipped.push({ line, code: error.code, reason: error.message });
    }
  }

  private read(c: ResolvedMapping, f: string[], line: number): void {
    if (f.length !== this.width) {
      throw new EventLogParseError(
        { code: 'CSV_FIELD_COUNT', line, params: { expected: this.width, actual: f.length } },
        `Expected ${this.width} fields, found ${f.length}`,
      );
    }
    const caseId = (f[c.caseId] ?? '').trim();
    if (caseId === '')
      throw new EventLogParseError({ code: 'CASE_ID_MISSING', line }, 'The case id is empty');
    const raw = f[c.timestamp] ?? '';
    const timestamp = raw.trim() === '' ? null : parseTimestamp(raw, this.options.dateOrder);
    if (timestamp === null && raw.trim() !== '') {
      throw new EventLogParseError(
        { code: 'TIMESTAMP_INVALID', line, params: { value: raw } },
        `Unreadable timestamp "${raw}"`,
      );
    }
    this.track(caseId, line);
    const event: LogEvent = { caseId, activity: f[c.activity] ?? '', timestamp, attrs: {} };
    if (c.resource >= 0 && f[c.resource]) event.resource = f[c.resource];
    if (c.group >= 0 && f[c.group]) event.group = f[c.group];
    if (c.lifecycle >= 0 && f[c.lifecycle]) event.lifecycle = f[c.lifecycle];
    for (const [name, i] of c.attributes) {
      const v = f[i];
      if (v) event.attrs[name] = v;
    }
    this.events.push(event);
    if (c.caseAttributes.length) this.caseAttributes(caseId, c.caseAttributes, f);
  }

  private track(caseId: string, line: number): void {
    if (caseId === this.current) return;
    if (this.seen.has(caseId)) {
      if (!this.options.groupedByCase) {
        this.current = caseId;
        return;
      }
      throw new EventLogParseError(
        { code: 'CSV_CASE_NOT_CONTIGUOUS', line, params: { caseId } },
        `Case "${caseId}" appears again after other cases; the file is not grouped by case`,
      );
    }
    if (this.options.groupedByCase && this.current !== null) {
      this.cases.push({ caseId: this.current, attrs: {}, closed: true });
    }
    this.seen.add(caseId);
    this.current = caseId;
  }

  private caseAttributes(caseId: string, columns: Array<[string, number]>, f: string[]): void {
    const attrs: Record<string, AttrValue> = {};
    let any = false;
    for (const [name, i] of columns) {
      const v = f[i];
      if (v) {
        attrs[name] = v;
        any = true;
      }
    }
    // Analysis merges these; later rows overwrite earlier ones, which is harmless for case data.
    if (any) this.cases.push({ caseId, attrs, closed: false });
  }

  /** Closes the open cases at the end of the file (all of them unless grouped). */
  finish(): void {
    if (this.options.groupedByCase) {
      if (this.current !== null) this.cases.push({ caseId: this.current, attrs: {}, closed: true });
    } else {
      for (const caseId of this.seen) this.cases.push({ caseId, attrs: {}, closed: true });
    }
  }
}
