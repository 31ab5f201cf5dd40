import type { ColumnType, Generated } from 'kysely';
import type { SmileyFace } from '../../shared/indicators/smiley.ts';

type Ts = ColumnType<Date, Date | string, Date | string>;
type NullableTs = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** A registered reception tablet. Only the SHA-256 of its device token is stored. */
export interface KioskDeviceTable {
  municipality_id: string;
  id: Generated<string>;
  survey_id: string;
  unit_id: string | null;
  name: string;
  token_hash: string;
  created_by: string | null;
  created_at: Generated<Date>;
  last_seen_at: NullableTs;
  revoked_at: NullableTs;
}

/** One press on a smiley terminal, timed to the minute. */
export interface SmileyPressTable {
  municipality_id: string;
  id: Generated<number>;
  survey_id: string;
  unit_id: string | null;
  face: SmileyFace;
  reason: string | null;
  /** The BCP 47 tag of the language the terminal showed; null for presses before migration 0025. */
  language: string | null;
  pressed_minute: Ts;
  idempotency_key: string | null;
}

/** The smiley alert rule of one unit (at most one per unit). */
export interface SmileyAlertRuleTable {
  municipality_id: string;
  unit_id: string;
  window_minutes: number;
  min_presses: number;
  unhappy_share: number;
  email: string | null;
  last_fired_at: NullableTs;
  updated_at: Generated<Date>;
}

/** Tables of migration 0004, merged into the app's Database type. */
export interface SurveyChannelTables {
  kiosk_device: KioskDeviceTable;
  smiley_press: SmileyPressTable;
  smiley_alert_rule: SmileyAlertRuleTable;
}
