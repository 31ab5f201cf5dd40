import type { ColumnType, Generated } from 'kysely';

type Json<T> = ColumnType<T, string | T | undefined, string | T>;

/** An event log mapped onto one journey version (migration 0020). */
export interface JourneyLogMappingTable {
  municipality_id: string;
  journey_id: string;
  version: number;
  log_id: string;
  actor_by: 'resource' | 'group';
  /** Activity name → step id of the version's document. */
  activities: Json<Record<string, string>>;
  /** Resource or group name → actor id of the version's document. */
  actors: Json<Record<string, string>>;
  updated_by: string | null;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  /** When the touchpoint alerts were last checked (migration 0027), empty checks included. */
  alerts_checked_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

/** The "experience fell while the wait rose" alert of one touchpoint: last check and firing. */
export interface JourneyTouchpointAlertTable {
  municipality_id: string;
  journey_id: string;
  step_id: string;
  firing: Generated<boolean>;
  checked_at: ColumnType<Date, Date | undefined, Date>;
  fired_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  facts: Json<Record<string, number | null>>;
}

/** The planned-vs-actual feature's tables, merged into the app's Database type. */
export interface ConformanceTables {
  journey_log_mapping: JourneyLogMappingTable;
  journey_touchpoint_alert: JourneyTouchpointAlertTable;
}
