import type { Kysely } from 'kysely';
import { isLocale, type Locale } from '../../shared/i18n/locale.ts';
import type { TranslationStatus } from '../../shared/languages/status.ts';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { surveyQuestions } from '../surveys/definition.ts';
import { builtinText, isLockedKey } from './builtin.ts';
import { BUILTIN_SOURCE } from './builtin-source.ts';
import { listOverrides } from './repository.ts';

/** One text of a language as the translation screen and the exports see it. */
export interface CatalogEntry {
  key: string;
  source: string;
  /** The text in the language, without falling back; null when not translated yet. */
  text: string | null;
  status: TranslationStatus | null;
  origin: 'builtin' | 'survey' | 'municipality' | null;
  locked: boolean;
}

/** The survey's own texts (title, local questions and options) by stored key, in da/nb/en. */
async function surveyTexts(db: Kysely<Database>, tenant: Tenant) {
  const surveys = await db
    .selectFrom('survey')
    .select(['id', 'title', 'definition', 'plural', 'mode'])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('status', '<>', 'closed')
    .orderBy('created_at')
    .execute();
  const out = new Map<string, (l: Locale) => string>();
  for (const s of surveys) {
    out.set(`survey.${s.id}.title`, () => s.title);
    if (s.mode === 'smiley') continue;
    for (const q of surveyQuestions(s.definition, s.plural)) {
      if (!q.textKey.startsWith('local.')) continue;
      out.set(`survey.${s.id}.${q.textKey}`, q.text);
      for (const o of q.options ?? []) out.set(`survey.${s.id}.${o.textKey}`, o.label);
    }
  }
  return out;
}

/**
 * Every citizen text of a municipality in one language, beside its source (da or nb): the built-in
 * texts, then the texts of its current surveys. The municipality's own text wins over the built-in.
 */
export async function languageCatalog(
  db: Kysely<Database>,
  tenant: Tenant,
  language: string,
  source: Locale,
): Promise<CatalogEntry[]> {
  const own = new Map((await listOverrides(db, tenant.municipalityId, language)).map((r) => [r.text_key, r]));
  const entries: CatalogEntry[] = [];
  const push = (
    key: string,
    sourceText: string,
    builtin: { text: string; status: TranslationStatus } | undefined,
    origin: 'builtin' | 'survey',
  ) => {
    const mine = own.get(key);
    const locked = isLockedKey(language, key);
    if (mine && !locked)
      entries.push({
        key,
        source: sourceText,
        text: mine.text,
        status: mine.status,
        origin: 'municipality',
        locked,
      });
    else
      entries.push({
        key,
        source: sourceText,
        text: builtin?.text ?? null,
        status: builtin?.status ?? null,
        origin: builtin ? origin : null,
        locked,
      });
  };
  for (const [key, texts] of BUILTIN_SOURCE) push(key, texts[source], builtinText(language, key), 'builtin');
  for (const [key, text] of await surveyTexts(db, tenant)) {
    // The survey's own da/nb/en texts are written by the municipality in the survey editor.
    const shipped = isLocale(language) ? text(language) : '';
    push(key, text(source), shipped ? { text: shipped, status: 'reviewed' } : undefined, 'survey');
  }
  return entries;
}

/** Progress of a language: how many texts exist, and how many are translated with each status. */
export function progress(entries: readonly CatalogEntry[]) {
  const count = (s: TranslationStatus) => entries.filter((e) => e.text !== null && e.status === s).length;
  return {
    total: entries.length,
    translated: entries.filter((e) => e.text !== null).length,
    validated: count('validated'),
    reviewed: count('reviewed'),
    unreviewed: count('unreviewed'),
  };
}
