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

/** The attributes of an event that has none besides the standard ones: shared, replaced on the first write. */
const NO_ATTRIBUTES: Record<string, AttrValue> = Object.freeze({}) as Record<string, AttrValue>;

/**
 * A new, empty event (its case id is filled in when the trace closes). Every optional field is there
 * from the start, so all events share one shape whichever attributes they carry and in whatever order
 * (adding them one by one gave each order its own shape, and each event a second allocation for them).
 */
export function newEvent(): LogEvent {
  return {
    caseId: '',
    activity: '',
    timestamp: null,
    resource: undefined,
    group: undefined,
    lifecycle: undefined,
    attrs: NO_ATTRIBUTES,
  };
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
      if (event.attrs === NO_ATTRIBUTES) event.attrs = {};
      event.attrs[key] = typedValue(type, raw);
      return true;
  }
}
