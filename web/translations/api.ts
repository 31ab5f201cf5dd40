import type { z } from 'zod';
import type {
  ImportResponse,
  LanguageResponse,
  LanguagesResponse,
  PutTextBody,
  TextResponse,
  TextsResponse,
} from '../../shared/api/translations.ts';
import { request } from '../api/client.ts';

export type { SurveyLanguage, TranslationEntry } from '../../shared/api/translations.ts';
export type { ImportResponse, LanguagesResponse, TextsResponse };
export type TranslationFormat = 'xliff' | 'csv';

const enc = encodeURIComponent;

/** The translation endpoints; types come from the shared wire schemas. */
export const translationsApi = {
  languages: (signal?: AbortSignal) =>
    request<LanguagesResponse>('GET', '/translations/languages', undefined, signal ? { signal } : {}),
  addLanguage: (tag: string) =>
    request<z.infer<typeof LanguageResponse>>('POST', '/translations/languages', { tag }),
  texts: (lang: string, signal?: AbortSignal) =>
    request<TextsResponse>('GET', `/translations/${enc(lang)}/texts`, undefined, signal ? { signal } : {}),
  save: (lang: string, body: z.input<typeof PutTextBody>) =>
    request<z.infer<typeof TextResponse>>('PUT', `/translations/${enc(lang)}/texts`, body),
  import: (lang: string, format: TranslationFormat, content: string) =>
    request<ImportResponse>('POST', `/translations/${enc(lang)}/import?format=${format}`, content, {
      contentType: format === 'csv' ? 'text/csv' : 'application/xliff+xml',
    }),
};

/** The download address of a language's file (the browser sends the session cookie). */
export const exportUrl = (lang: string, format: TranslationFormat) =>
  `/api/v1/translations/${enc(lang)}/export?format=${format}`;
