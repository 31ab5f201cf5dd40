import type { EventLogParseErrorCode, ParseNote, SkippedRow } from './parse/index.ts';

/** Life of an import: the row exists from the moment the analyst starts the upload. */
export type ImportStatus = 'uploading' | 'importing' | 'ready' | 'failed' | 'cancelled';

/** Why an import failed: a parser code, or one of the import's own rules. */
export type ImportErrorCode =
  | EventLogParseErrorCode
  | 'ATTRIBUTE_LOOKS_LIKE_CPR'
  | 'UPLOAD_TOO_LARGE'
  | 'UPLOAD_ABORTED'
  | 'INTERRUPTED'
  | 'INTERNAL';

/** A located, translatable import failure (the UI translates `code` with `params`). */
export interface ImportError {
  code: ImportErrorCode;
  line?: number;
  column?: number;
  byte?: number;
  params: Record<string, string | number>;
  /** English text, for logs and the CLI. */
  message: string;
}

/** CSV settings chosen in the mapping form (anything absent is detected). */
export interface CsvImportSettings {
  caseId: string;
  activity: string;
  timestamp: string;
  resource?: string | undefined;
  group?: string | undefined;
  lifecycle?: string | undefined;
  delimiter?: string | undefined;
  encoding?: string | undefined;
  dateOrder?: 'YMD' | 'DMY' | 'MDY' | undefined;
}

/**
 * What the analyst chose before the upload. Only the listed attributes are stored; the case id
 * is always replaced by a pseudonym, resource (and group) names only when asked.
 */
export interface ImportOptions {
  csv: CsvImportSettings | null;
  keepCaseAttributes: string[];
  keepEventAttributes: string[];
  pseudonymiseResources: boolean;
  skipBadRows: boolean;
}

export type StoredNote = ParseNote;
export type StoredSkippedRow = SkippedRow;

/** Live progress of a running import, kept in memory by the job runner. */
export interface ImportProgress {
  phase: 'uploading' | 'parsing' | 'storing';
  bytesRead: number;
  totalBytes: number;
  events: number;
  cases: number;
  /** Events written to the database so far (storing phase on PGlite; at the end on PostgreSQL). */
  stored: number;
}

/** Thrown inside the import to stop it with a stored, translatable error. */
export class ImportFailure extends Error {
  constructor(readonly error: ImportError) {
    super(error.message);
    this.name = 'ImportFailure';
  }
}
