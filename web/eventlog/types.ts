import type { EventLog } from '../../shared/api/eventlog.ts';
import type { HandoverReport } from '../../shared/eventlog/index.ts';

export type {
  AttributeInfo,
  CsvPreview,
  EventLog,
  ImportError,
  LogPreview,
  StoredCase,
} from '../../shared/api/eventlog.ts';

/** A stored log's status. */
export type LogStatus = EventLog['status'];

/** Analysis settings, mirrored in the page's query string. */
export interface ReportParams {
  by: string;
  from: string;
  to: string;
  filter: string[];
  minVariant: number;
}

export type { HandoverReport };
