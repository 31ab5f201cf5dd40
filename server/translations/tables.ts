import type { Generated } from 'kysely';

/** A language a municipality offers beyond the built-in ones (a BCP 47 tag, canonical form). */
export interface MunicipalityLanguageTable {
  municipality_id: string;
  language: string;
  created_at: Generated<Date>;
}

/** A municipality's own text for a key in a language; overrides the built-in text. */
export interface TextTranslationTable {
  municipality_id: string;
  language: string;
  text_key: string;
  text: string;
  status: 'reviewed' | 'unreviewed';
  updated_at: Generated<Date>;
}

/** The translation feature's tables, merged into the app's Database type. */
export interface TranslationTables {
  municipality_language: MunicipalityLanguageTable;
  text_translation: TextTranslationTable;
}
