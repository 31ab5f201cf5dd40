import type { ColumnType, Generated } from 'kysely';

/**
 * `date` columns. Always selected as `::text` (see `dateText`), because node-postgres and PGlite turn a
 * bare date into a Date at different midnights; the text form `YYYY-MM-DD` is the same on both.
 */
type Day = ColumnType<string, string, string>;
type NullableDay = ColumnType<string | null, string | null | undefined, string | null>;

export interface ComplaintAreaTable {
  municipality_id: string;
  /** A default area's key (translated by the UI) or `custom_<n>` for the municipality's own. */
  key: string;
  /** The municipality's own name; null means "use the translated default". */
  name: string | null;
  position: number;
  active: Generated<boolean>;
}

export interface ComplaintTable {
  municipality_id: string;
  id: Generated<string>;
  received_on: Day;
  unit_id: string;
  area_key: string | null;
  kind: string;
  channel: string;
  about_process: boolean;
  process_reasons: ColumnType<string[], string[] | undefined, string[]>;
  about_decision: boolean;
  severity: number;
  outcome: string;
  answered_on: NullableDay;
  /** Screened for CPR/fødselsnummer, e-mail and phone before storage. */
  description: string | null;
  import_batch: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface UnitContactVolumeTable {
  municipality_id: string;
  unit_id: string;
  /** First day of the month. */
  month: Day;
  contacts: number;
}

export interface DialogSettingTable {
  municipality_id: string;
  pulse_min_group_size: Generated<number>;
}

export interface DialogProgrammeTable {
  municipality_id: string;
  id: Generated<string>;
  name: string;
  purpose: Generated<string>;
  starts_on: Day;
  ends_on: Day;
  baseline_months: Generated<number>;
  follow_up_months: Generated<number>;
  next_steps: Generated<string>;
  created_at: Generated<Date>;
}

export interface DialogProgrammeUnitTable {
  municipality_id: string;
  dialog_programme_id: string;
  unit_id: string;
  role: 'participant' | 'comparison';
  teams: Generated<string>;
}

export interface DialogPhaseTable {
  municipality_id: string;
  dialog_programme_id: string;
  id: Generated<string>;
  kind: string;
  title: Generated<string>;
  starts_on: Day;
  ends_on: NullableDay;
  team: Generated<string>;
  notes: Generated<string>;
  done: Generated<boolean>;
}

export interface DialogNoteTable {
  municipality_id: string;
  dialog_programme_id: string;
  id: Generated<string>;
  kind: 'focus_group' | 'quote';
  held_on: Day;
  unit_id: string | null;
  body: string;
  created_at: Generated<Date>;
}

export interface DialogActionPlanTable {
  municipality_id: string;
  dialog_programme_id: string;
  id: Generated<string>;
  unit_id: string;
  participant: string;
  buddy: Generated<string>;
  goal: string;
  actions: Generated<string>;
  follow_up_on: NullableDay;
  status: Generated<'planned' | 'in_progress' | 'followed_up'>;
  follow_up_note: Generated<string>;
  shared: Generated<boolean>;
  updated_at: Generated<Date>;
}

/** The dialog programme's tables (complaints, pulse setting, programme plan), merged into Database. */
export interface DialogTables {
  complaint_area: ComplaintAreaTable;
  complaint: ComplaintTable;
  unit_contact_volume: UnitContactVolumeTable;
  dialog_setting: DialogSettingTable;
  dialog_programme: DialogProgrammeTable;
  dialog_programme_unit: DialogProgrammeUnitTable;
  dialog_phase: DialogPhaseTable;
  dialog_note: DialogNoteTable;
  dialog_action_plan: DialogActionPlanTable;
}
