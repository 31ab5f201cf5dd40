/** Why a log could not be parsed. Codes are stable: the UI translates them (shared/i18n). */
export type EventLogParseErrorCode =
  | 'XML_MALFORMED'
  | 'XES_STRUCTURE'
  | 'GZIP_TRUNCATED'
  | 'GZIP_CORRUPT'
  | 'CSV_FIELD_COUNT'
  | 'CSV_MISSING_COLUMN'
  | 'CSV_EMPTY'
  | 'CSV_UNCLOSED_QUOTE'
  | 'CSV_CASE_NOT_CONTIGUOUS'
  | 'TIMESTAMP_INVALID'
  | 'CASE_ID_MISSING'
  | 'UNKNOWN_FORMAT';

/** Where and what, for the message and its translation. */
export interface EventLogParseErrorDetails {
  code: EventLogParseErrorCode;
  /** 1-based line in the (decompressed) text. */
  line?: number;
  /** 1-based column (XML). */
  column?: number;
  /** Byte offset in the raw input (gzip errors). */
  byte?: number;
  /** Values for the message, e.g. the offending timestamp text. */
  params?: Record<string, string | number>;
}

/** A typed, located parse failure. `message` is English; use `code` + `params` for the UI. */
export class EventLogParseError extends Error {
  readonly code: EventLogParseErrorCode;
  readonly line?: number;
  readonly column?: number;
  readonly byte?: number;
  readonly params: Record<string, string | number>;

  constructor(details: EventLogParseErrorDetails, message: string) {
    const where = [
      details.line === undefined ? '' : `line ${details.line}`,
      details.column === undefined ? '' : `column ${details.column}`,
      details.byte === undefined ? '' : `byte ${details.byte}`,
    ]
      .filter(Boolean)
      .join(', ');
    super(where ? `${message} (${where})` : message);
    this.name = 'EventLogParseError';
    this.code = details.code;
    this.line = details.line;
    this.column = details.column;
    this.byte = details.byte;
    this.params = details.params ?? {};
  }
}

/** A CSV row left out under `skipBadRows`. */
export interface SkippedRow {
  line: number;
  code: EventLogParseErrorCode;
  reason: string;
}

/** Something tolerated but worth telling the analyst, counted per code. */
export interface ParseNote {
  code: 'NESTED_ATTRIBUTE_IGNORED' | 'LIST_ATTRIBUTE_IGNORED' | 'EVENT_WITHOUT_ACTIVITY' | 'UNKNOWN_ELEMENT';
  count: number;
  /** Line of the first occurrence. */
  firstLine: number;
  /** Key or element name of the first occurrence. */
  example: string;
}

/** Adds one occurrence to the notes array (one entry per code). */
export function addNote(notes: ParseNote[], code: ParseNote['code'], line: number, example: string): void {
  const note = notes.find((n) => n.code === code);
  if (note) note.count++;
  else notes.push({ code, count: 1, firstLine: line, example });
}
