import { parseTimestamp } from '../../../shared/dates/index.ts';
import type { AttrValue, LogEvent } from '../../../shared/eventlog/types.ts';

/** XES attribute element names that carry a single value. */
export const SCALAR_TYPES = new Set(['string', 'date', 'int', 'float', 'boolean', 'id']);
/** XES attribute element names whose values are collections (ignored, with a note). */
export const COLLECTION_TYPES = new Set(['list', 'container']);

/**
 * Converts an XES attribute's text value to its type. Dates become epoch ms; a value that does
 * not fit its declared type is kept as text (lenient: only `time:timestamp` must be valid).
 */
export function typedValue(type: string, value: string): AttrValue {
  switch (type) {
    case 'int':
    case 'float': {
      const n = Number(value);
      return value.trim() !== '' && Number.isFinite(n) ? n : value;
    }
    case 'boolean':
      return value === 'true' ? true : value === 'false' ? false : value;
    case 'date':
      return parseTimestamp(value) ?? value;
    default:
      return value;
  }
}

/** A new, empty event (its case id is filled in when the trace closes). */
export function newEvent(): LogEvent {
  return { caseId: '', activity: '', timestamp: null, attrs: {} };
}

/**
 * Sets an attribute on an event, routing the standard extension keys to their fields.
 * Returns false when `time:timestamp` cannot be read.
 */
export function setEventAttribute(event: LogEvent, type: string, key: string, raw: string): boolean {
  switch (key) {
    case 'concept:name':
      event.activity = raw;
      return true;
    case 'time:timestamp': {
      const t = parseTimestamp(raw);
      event.timestamp = t;
      return t !== null;
    }
    case 'org:resource':
      event.resource = raw;
      return true;
    case 'org:group':
      event.group = raw;
      return true;
    case 'lifecycle:transition':
      event.lifecycle = raw;
      return true;
    default:
      event.attrs[key] = typedValue(type, raw);
      return true;
  }
}
