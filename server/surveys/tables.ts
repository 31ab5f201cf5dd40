import type { ColumnType, Generated } from 'kysely';

type Json<T> = ColumnType<T, string | T, string | T>;
type Ts = ColumnType<Date, Date | string, Date | string>;
type NullableTs = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type SurveyStatus = 'draft' | 'open' | 'closed';
export type SurveyMode = 'questionnaire' | 'smiley' | 'pulse';
export type ResponseChannel = 'link' | 'qr' | 'kiosk' | 'smiley' | 'import';

export interface SurveyTable {
  municipality_id: string;
  id: Generated<string>;
  title: string;
  status: Generated<SurveyStatus>;
  mode: Generated<SurveyMode>;
  version: Generated<number>;
  previous_version_id: string | null;
  languages: Generated<string[]>;
  channels: Generated<string[]>;
  plural: Generated<boolean>;
  definition: Json<Record<string, unknown>>;
  public_token: string;
  opens_at: NullableTs;
  closes_at: NullableTs;
  journey_id: string | null;
  touchpoint_id: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface SurveyUnitTable {
  municipality_id: string;
  survey_id: string;
  unit_id: string;
}

export interface SurveyResponseTable {
  municipality_id: string;
  /** bigint identity, read as a JS number. */
  id: Generated<number>;
  survey_id: string;
  unit_id: string | null;
  channel: ResponseChannel;
  /** The BCP 47 tag of the language the citizen answered in. */
  locale: string;
  /** The weakest status of the question texts shown (validated, reviewed, unreviewed). */
  translation_status: Generated<'validated' | 'reviewed' | 'unreviewed'>;
  submitted_hour: Ts;
  idempotency_key: string | null;
}

export interface SurveyAnswerTable {
  municipality_id: string;
  response_id: number;
  item_id: string;
  value: number | null;
  dont_know: Generated<boolean>;
}

export interface SurveyTextAnswerTable {
  municipality_id: string;
  response_id: number;
  item_id: string;
  body: string;
}

/** The survey feature's tables, merged into the app's Database type. */
export interface SurveyTables {
  survey: SurveyTable;
  survey_unit: SurveyUnitTable;
  survey_response: SurveyResponseTable;
  survey_answer: SurveyAnswerTable;
  survey_text_answer: SurveyTextAnswerTable;
}
