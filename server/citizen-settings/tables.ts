import type { ColumnType } from 'kysely';

/** A municipality's settings for its citizen pages (migration 0019); absent until first saved. */
export interface CitizenPageSettingsTable {
  municipality_id: string;
  embed_origins: ColumnType<string[], string[] | undefined, string[]>;
  statement_url: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  feedback_email: string | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface CitizenSettingsTables {
  citizen_page_settings: CitizenPageSettingsTable;
}
