import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Journey, JourneyStatus } from '../../shared/journey/index.ts';
import type { StoredMetrics } from './metrics.ts';

type Json<T> = ColumnType<T, string | T, string | T>;
type Ts = ColumnType<Date, Date | string | undefined, Date | string>;

/** The journey's newest state, mirrored from its latest version for listing and filtering. */
export interface JourneyTable {
  municipality_id: string;
  id: Generated<string>;
  title: string;
  persona: string;
  /** `persona` lower-cased for case-insensitive search whatever the database's collation. */
  persona_key: string;
  status: JourneyStatus;
  owner_unit_id: string | null;
  current_version: number;
  metrics: Json<StoredMetrics>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_by: string | null;
  updated_at: Ts;
}

/** One saved version: never updated, so any two versions can be compared later. */
export interface JourneyVersionTable {
  municipality_id: string;
  journey_id: string;
  version: number;
  document: Json<Journey>;
  metrics: Json<StoredMetrics>;
  note: Generated<string>;
  created_by: string | null;
  created_at: Generated<Date>;
}

/** The journey feature's tables, merged into the app's Database type. */
export interface JourneyTables {
  journey: JourneyTable;
  journey_version: JourneyVersionTable;
}

export type JourneyRow = Selectable<JourneyTable>;
export type JourneyVersionRow = Selectable<JourneyVersionTable>;
