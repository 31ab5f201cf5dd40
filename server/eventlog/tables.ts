import type { ColumnType, Generated, Selectable } from 'kysely';
import type { AttrValue } from '../../shared/eventlog/types.ts';
import type {
  ImportError,
  ImportOptions,
  ImportProgress,
  ImportStatus,
  StoredNote,
  StoredSkippedRow,
} from './model.ts';

type Json<T> = ColumnType<T, string | T, string | T>;
type JsonDefault<T> = ColumnType<T, string | T | undefined, string | T>;

/** A stored event log and, while it is being imported, its import job. */
export interface EventLogTable {
  municipality_id: string;
  id: Generated<string>;
  name: string;
  format: 'xes' | 'csv';
  status: ImportStatus;
  options: Json<ImportOptions>;
  bytes: Generated<number>;
  events: Generated<number>;
  cases: Generated<number>;
  error: ColumnType<ImportError | null, string | null | undefined, string | null>;
  notes: JsonDefault<StoredNote[]>;
  skipped_total: Generated<number>;
  skipped: JsonDefault<StoredSkippedRow[]>;
  created_by: string | null;
  created_at: Generated<Date>;
  finished_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** The process running this log's upload or import (see migration 0023), while one runs. */
  job_owner: ColumnType<string | null, string | null | undefined, string | null>;
  job_heartbeat: ColumnType<Date | null, Date | null | undefined, Date | null>;
  job_progress: ColumnType<ImportProgress | null, string | null | undefined, string | null>;
}

/** The per-municipality key of the case-id pseudonyms (HMAC-SHA256). Never leaves the server. */
export interface EventLogSecretTable {
  municipality_id: string;
  secret: string;
  created_at: Generated<Date>;
}

/** One case: its pseudonym and the case attributes the analyst chose to keep. */
export interface EventLogCaseTable {
  municipality_id: string;
  log_id: string;
  case_no: number;
  case_key: string;
  attrs: ColumnType<Record<string, AttrValue> | null, string | null, string | null>;
}

/** One event, in file order within its case (`seq`). `ts` is epoch ms. */
export interface EventLogEventTable {
  municipality_id: string;
  log_id: string;
  case_no: number;
  seq: number;
  activity: string;
  ts: number | null;
  resource: string | null;
  grp: string | null;
  lifecycle: string | null;
  attrs: ColumnType<Record<string, AttrValue> | null, string | null, string | null>;
}

/** The event-log feature's tables, merged into the app's Database type. */
export interface EventLogTables {
  eventlog: EventLogTable;
  eventlog_secret: EventLogSecretTable;
  eventlog_case: EventLogCaseTable;
  eventlog_event: EventLogEventTable;
}

export type EventLogRow = Selectable<EventLogTable>;
