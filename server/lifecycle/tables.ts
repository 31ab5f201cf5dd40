import type { ColumnType, Generated } from 'kysely';

type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string | T | undefined, string | T>;

/** One kind of data's retention period in a municipality (absent: the default applies). */
export interface RetentionSettingTable {
  municipality_id: string;
  kind: string;
  days: number;
  keep_aggregates: Generated<boolean>;
  warned_at: NullableTimestamp;
  updated_at: Generated<Date>;
}

/** When the retention job last ran for a municipality, and what it did. */
export interface RetentionStateTable {
  municipality_id: string;
  last_run_at: NullableTimestamp;
  last_result: Json<unknown> | null;
}

/** A survey, journey or event log whose data the retention job must not delete. */
export interface LegalHoldTable {
  municipality_id: string;
  target_type: 'survey' | 'journey' | 'eventlog';
  target_id: string;
  reason: Generated<string>;
  created_by: string | null;
  created_at: Generated<Date>;
}

/** What the compliance pack needs and the software cannot know (contacts, hosting). */
export interface ComplianceProfileTable {
  municipality_id: string;
  fields: Json<Record<string, string>>;
  updated_at: Generated<Date>;
}

export interface LifecycleTables {
  retention_setting: RetentionSettingTable;
  retention_state: RetentionStateTable;
  legal_hold: LegalHoldTable;
  compliance_profile: ComplianceProfileTable;
}
