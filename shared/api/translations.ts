import { z } from 'zod';
import { TranslationStatus } from '../languages/status.ts';
import { fileResponse } from './common.ts';

/** A language tag in a path: checked as BCP 47 by the handler. */
export const LanguageParams = z.object({ lang: z.string().min(2).max(35) }).strict();
export const SourceQuery = z.object({ source: z.enum(['da', 'nb']).optional() }).strict();
export const ExportQuery = SourceQuery.extend({ format: z.enum(['xliff', 'csv']).default('xliff') }).strict();
export const ImportQuery = z.object({ format: z.enum(['xliff', 'csv']).default('xliff') }).strict();

export const AddLanguageBody = z.object({ tag: z.string().trim().min(2).max(35) }).strict();
export const PutTextBody = z
  .object({
    key: z.string().min(1).max(200),
    text: z.string().min(1).max(2000),
    // A municipality reviews; only research validates (never set through the API).
    status: z.enum(['reviewed', 'unreviewed']),
  })
  .strict();

export const LanguageProgress = z.object({
  total: z.number(),
  translated: z.number(),
  validated: z.number(),
  reviewed: z.number(),
  unreviewed: z.number(),
});

export const SurveyLanguage = z.object({
  tag: z.string(),
  /** In the language itself ("العربية"). */
  ownName: z.string(),
  /** In the staff user's interface language. */
  name: z.string(),
  dir: z.enum(['ltr', 'rtl']),
  builtin: z.boolean(),
  progress: LanguageProgress,
});
export type SurveyLanguage = z.infer<typeof SurveyLanguage>;
export const LanguagesResponse = z.object({ languages: z.array(SurveyLanguage) });
export type LanguagesResponse = z.infer<typeof LanguagesResponse>;
export const LanguageResponse = z.object({ language: SurveyLanguage });

export const TranslationEntry = z.object({
  key: z.string(),
  source: z.string(),
  text: z.string().nullable(),
  status: TranslationStatus.nullable(),
  origin: z.enum(['builtin', 'survey', 'municipality']).nullable(),
  locked: z.boolean(),
});
export type TranslationEntry = z.infer<typeof TranslationEntry>;
export const TextsResponse = z.object({
  language: z.string(),
  source: z.string(),
  dir: z.enum(['ltr', 'rtl']),
  texts: z.array(TranslationEntry),
});
export type TextsResponse = z.infer<typeof TextsResponse>;
export const TextResponse = z.object({ text: TranslationEntry });
export const ImportResponse = z.object({
  changed: z.number(),
  unchanged: z.number(),
  untranslated: z.number(),
});
export type ImportResponse = z.infer<typeof ImportResponse>;

export const exportResponses = {
  200: fileResponse(['application/xliff+xml', 'text/csv'], 'The texts of a language as XLIFF 2.0 or CSV'),
};
