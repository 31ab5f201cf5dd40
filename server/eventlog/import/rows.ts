import type { AttrValue, CaseRecord, LogEvent } from '../../../shared/eventlog/types.ts';
import { ImportFailure, type ImportOptions } from '../model.ts';
import { containsNationalId, type Pseudonymiser } from './privacy.ts';

/** One event as stored: `attrs` is JSON text or null. */
export interface EventRow {
  caseNo: number;
  seq: number;
  activity: string;
  ts: number | null;
  resource: string | null;
  grp: string | null;
  lifecycle: string | null;
  attrs: string | null;
}

/** One case as stored: its pseudonym and the kept case attributes (JSON text or null). */
export interface CaseRow {
  caseNo: number;
  caseKey: string;
  attrs: string | null;
}

interface OpenCase {
  no: number;
  seq: number;
  attrs: Record<string, AttrValue>;
}

/**
 * Turns parsed events and case records into rows: numbers the cases, keeps only the chosen
 * attributes, pseudonymises, and refuses anything kept that looks like a CPR number or
 * fødselsnummer (the analyst must drop that attribute, or pseudonymise resources).
 */
export class RowBuilder {
  private readonly open = new Map<string, OpenCase>();
  private readonly keepCase: Set<string>;
  private readonly keepEvent: Set<string>;
  private nextCaseNo = 1;
  private eventNo = 0;
  private readonly clean = new Set<string>();

  constructor(
    private readonly options: ImportOptions,
    private readonly pseudonyms: Pseudonymiser,
  ) {
    this.keepCase = new Set(options.keepCaseAttributes);
    this.keepEvent = new Set(options.keepEventAttributes);
  }

  /** The stored row of one event. */
  event(e: LogEvent): EventRow {
    this.eventNo++;
    let c = this.open.get(e.caseId);
    if (!c) {
      c = { no: this.nextCaseNo++, seq: 0, attrs: {} };
      this.open.set(e.caseId, c);
    }
    c.seq++;
    const resource = e.resource ?? null;
    this.screen('concept:name', e.activity);
    if (!this.options.pseudonymiseResources && resource !== null) this.screen('org:resource', resource);
    if (e.group !== undefined) this.screen('org:group', e.group);
    return {
      caseNo: c.no,
      seq: c.seq,
      activity: e.activity,
      ts: e.timestamp,
      resource:
        resource !== null && this.options.pseudonymiseResources
          ? this.pseudonyms.personKey(resource)
          : resource,
      grp: e.group ?? null,
      lifecycle: e.lifecycle ?? null,
      attrs: this.kept(e.attrs, this.keepEvent),
    };
  }

  /** Merges case attributes; returns the stored row once the case is closed. */
  caseRecord(record: CaseRecord): CaseRow | null {
    const c = this.open.get(record.caseId);
    if (!c) return null;
    Object.assign(c.attrs, record.attrs);
    if (!record.closed) return null;
    this.open.delete(record.caseId);
    return {
      caseNo: c.no,
      caseKey: this.pseudonyms.caseKey(record.caseId),
      attrs: this.kept(c.attrs, this.keepCase),
    };
  }

  private kept(attrs: Record<string, AttrValue>, keep: Set<string>): string | null {
    if (keep.size === 0) return null;
    let out: Record<string, AttrValue> | null = null;
    for (const key in attrs) {
      if (!keep.has(key)) continue;
      const value = attrs[key] as AttrValue;
      if (typeof value === 'string') this.screen(key, value);
      out ??= {};
      out[key] = value;
    }
    return out === null ? null : JSON.stringify(out);
  }

  private screen(attribute: string, value: string): void {
    // Activities, people and units repeat on nearly every event: screen each distinct value once.
    if (this.clean.has(value)) return;
    if (!containsNationalId(value)) {
      if (this.clean.size < 100_000) this.clean.add(value);
      return;
    }
    throw new ImportFailure({
      code: 'ATTRIBUTE_LOOKS_LIKE_CPR',
      params: { attribute, event: this.eventNo },
      message: `Attribute "${attribute}" of event ${this.eventNo} looks like a CPR number or fødselsnummer; drop it to import`,
    });
  }
}
