import type { HandoverReport } from '../../shared/eventlog/index.ts';

/** Import failure as the server stores it: a code to translate, where, and values. */
export interface ImportError {
  code: string;
  line?: number;
  column?: number;
  byte?: number;
  params: Record<string, string | number>;
  message: string;
}

export type LogStatus = 'uploading' | 'importing' | 'ready' | 'failed' | 'cancelled';

/** Wire type of a stored log (`GET /eventlogs/:id`). */
export interface EventLog {
  id: string;
  name: string;
  format: 'xes' | 'csv';
  status: LogStatus;
  bytes: number;
  events: number;
  cases: number;
  error: ImportError | null;
  notes: Array<{ code: string; count: number; firstLine: number; example: string }>;
  skippedTotal: number;
  pseudonymisedResources: boolean;
  keptAttributes: { case: string[]; event: string[] };
  progress: {
    phase: 'uploading' | 'parsing' | 'storing';
    bytesRead: number;
    totalBytes: number;
    events: number;
    cases: number;
    stored: number;
  } | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface AttributeInfo {
  key: string;
  examples: string[];
  nationalId: boolean;
}

export interface CsvPreview {
  encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
  delimiter: string;
  headers: string[];
  rows: string[][];
  dateFormats: Record<string, { order: 'YMD' | 'DMY' | 'MDY'; label: string }>;
  dateFormat: { order: 'YMD' | 'DMY' | 'MDY'; label: string } | null;
  suggestedMapping: Partial<
    Record<'caseId' | 'activity' | 'timestamp' | 'resource' | 'group' | 'lifecycle', string>
  >;
}

/** `POST /eventlogs/preview`. */
export interface LogPreview {
  format: 'xes' | 'csv';
  csv: CsvPreview | null;
  caseAttributes: AttributeInfo[];
  eventAttributes: AttributeInfo[];
  error: ImportError | null;
}

/** Analysis settings, mirrored in the page's query string. */
export interface ReportParams {
  by: string;
  from: string;
  to: string;
  filter: string[];
  minVariant: number;
}

export type { HandoverReport };
