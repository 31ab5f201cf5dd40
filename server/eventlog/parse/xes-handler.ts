import type { AttrValue, CaseRecord, LogEvent } from '../../../shared/eventlog/types.ts';
import { addNote, EventLogParseError, type ParseNote } from './errors.ts';
import { COLLECTION_TYPES, newEvent, SCALAR_TYPES, setEventAttribute, typedValue } from './xes-values.ts';
import type { TagAttributes } from './xml-attributes.ts';

/** Elements of the log header that carry no events: skipped whole. */
const HEADER = new Set(['global', 'classifier', 'extension']);
/** Event attributes whose values repeat (a log has tens to thousands of each): read as one string per value. */
const REPEATED = new Set(['concept:name', 'org:resource', 'org:group', 'org:role', 'lifecycle:transition']);

/**
 * The XES state machine behind the SAX parser. Collects one trace at a time (bounded by the
 * trace) and hands finished traces to `pending`. Nested attribute values and list/container
 * attributes are skipped with a note; unknown elements likewise.
 */
export class XesHandler {
  readonly events: LogEvent[] = [];
  readonly cases: CaseRecord[] = [];
  private skipDepth = 0;
  private attrDepth = 0;
  private trace: { attrs: Record<string, AttrValue>; events: LogEvent[]; line: number } | null = null;
  private event: LogEvent | null = null;
  private readonly dateKeys = new Set<string>();
  /** Told once per key of a `date` attribute (other than time:timestamp), e.g. for the preview. */
  onDateKey: (key: string) => void = () => {};

  constructor(
    private readonly notes: ParseNote[],
    private readonly position: () => { line: number; column: number },
  ) {}

  /** Handles a start tag (self-closing tags get a close call too). */
  open(name: string, attributes: TagAttributes): void {
    if (this.skipDepth > 0) {
      this.skipDepth++;
      return;
    }
    // The key names the attribute in notes too; skipped elements never read it.
    const key = attributes.interned('key') ?? name;
    if (this.attrDepth > 0) {
      addNote(this.notes, 'NESTED_ATTRIBUTE_IGNORED', this.line(), key);
      this.skipDepth = 1;
      return;
    }
    if (SCALAR_TYPES.has(name)) {
      this.attrDepth = 1;
      const repeated = this.event !== null && REPEATED.has(key);
      this.setAttribute(name, key, (repeated ? attributes.interned('value') : attributes.get('value')) ?? '');
    } else if (name === 'trace' && !this.trace) {
      this.trace = { attrs: {}, events: [], line: this.line() };
    } else if (name === 'event' && this.trace && !this.event) {
      this.event = newEvent();
    } else if (name === 'log' || HEADER.has(name)) {
      if (name !== 'log') this.skipDepth = 1;
    } else {
      const code = COLLECTION_TYPES.has(name) ? 'LIST_ATTRIBUTE_IGNORED' : 'UNKNOWN_ELEMENT';
      addNote(this.notes, code, this.line(), key);
      this.skipDepth = 1;
    }
  }

  /** Handles an end tag. */
  close(name: string): void {
    if (this.skipDepth > 0) {
      this.skipDepth--;
    } else if (this.attrDepth > 0) {
      this.attrDepth = 0;
    } else if (name === 'event' && this.event && this.trace) {
      if (this.event.activity === '') addNote(this.notes, 'EVENT_WITHOUT_ACTIVITY', this.position().line, '');
      this.trace.events.push(this.event);
      this.event = null;
    } else if (name === 'trace' && this.trace) {
      this.finishTrace(this.trace);
      this.trace = null;
    }
  }

  /**
   * The current line, asked for only where it is used (a note, a trace's start): counting lines up
   * to every tag cost ~5 % of a large import.
   */
  private line(): number {
    return this.position().line;
  }

  private finishTrace(trace: { attrs: Record<string, AttrValue>; events: LogEvent[]; line: number }): void {
    const id = trace.attrs['concept:name'];
    if (id === undefined || id === '') {
      throw new EventLogParseError(
        { code: 'CASE_ID_MISSING', line: trace.line },
        'A trace has no concept:name',
      );
    }
    const caseId = String(id);
    for (const e of trace.events) {
      e.caseId = caseId;
      this.events.push(e);
    }
    this.cases.push({ caseId, attrs: trace.attrs, closed: true });
  }

  private setAttribute(type: string, key: string, value: string): void {
    if (type === 'date' && key !== 'time:timestamp' && !this.dateKeys.has(key)) {
      this.dateKeys.add(key);
      this.onDateKey(key);
    }
    if (this.event) {
      if (!setEventAttribute(this.event, type, key, value)) {
        const { line, column } = this.position();
        throw new EventLogParseError(
          { code: 'TIMESTAMP_INVALID', line, column, params: { value } },
          `Unreadable timestamp "${value}"`,
        );
      }
    } else if (this.trace) {
      this.trace.attrs[key] = typedValue(type, value);
    }
  }
}
