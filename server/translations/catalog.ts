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

type Override = { text: string; status: TranslationStatus };
type SurveyTexts = Awaited<ReturnType<typeof surveyTexts>>;

/** Builds one language's catalogue from its overrides and the survey texts (no I/O). */
function buildCatalog(
  language: string,
  source: Locale,
  own: ReadonlyMap<string, Override>,
  surveys: SurveyTexts,
): CatalogEntry[] {
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
  for (const [key, text] of surveys) {
    // The survey's own da/nb/en texts are written by the municipality in the survey editor.
    const shipped = isLocale(language) ? text(language) : '';
    push(key, text(source), shipped ? { text: shipped, status: 'reviewed' } : undefined, 'survey');
  }
  return entries;
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
  return (await languageCatalogs(db, tenant, [language], source)).get(language) ?? [];
}

/**
 * The catalogues of several languages in two queries whatever their number (the municipality's texts
 * of all of them, and its surveys' texts), for the language list with its progress.
 */
export async function languageCatalogs(
  db: Kysely<Database>,
  tenant: Tenant,
  languages: readonly string[],
  source: Locale,
): Promise<Map<string, CatalogEntry[]>> {
  const [rows, surveys] = await Promise.all([
    listOverrides(db, tenant.municipalityId, languages),
    surveyTexts(db, tenant),
  ]);
  const byLanguage = new Map<string, Map<string, Override>>(languages.map((l) => [l, new Map()]));
  for (const r of rows) byLanguage.get(r.language)?.set(r.text_key, r);
  return new Map(languages.map((l) => [l, buildCatalog(l, source, byLanguage.get(l) ?? new Map(), surveys)]));
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
