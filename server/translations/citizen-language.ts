import { interpolate, isLocale, type Locale } from '../../shared/i18n/locale.ts';
import { type TranslationStatus, weakerStatus } from '../../shared/languages/status.ts';
import { chromeLocale, fallbackLanguage, textDirection } from '../../shared/languages/tags.ts';
import { builtinText, type StatusText } from './builtin.ts';

/** Where a text's source comes from when it is not in the catalogue: the code's own da/nb/en text. */
export type SourceFn = (locale: Locale) => string;

/**
 * A survey's citizen texts in one language: the municipality's own texts first, then the built-in
 * texts, then the fallback chain (easy-read → standard, nynorsk → bokmål, any → the survey's source
 * language). A text that had to fall back counts as "unreviewed" for the response's status: the
 * citizen did not read it in the language they chose.
 */
export interface CitizenLanguage {
  tag: string;
  dir: 'ltr' | 'rtl';
  /** Interface locale for plural rules and anything without a translation key. */
  chrome: Locale;
  /** A text by key, with `{name}` placeholders filled; `source` supplies da/nb/en for survey texts. */
  text(key: string, params?: Record<string, string | number>, source?: SourceFn): string;
  /** A text and its status in this language (falls back as `text` does). */
  lookup(key: string, source?: SourceFn): StatusText;
  /** A plural text (`key_one` / `key_other`, by the language's own plural rules). */
  plural(key: string, count: number, params?: Record<string, string | number>): string;
}

/**
 * Builds the resolver for one language. `overrides` are the municipality's rows for this language and
 * its fallbacks (by language, then key); `surveyId` turns the survey's own keys (`local.x`, `title`)
 * into stored keys (`survey.<id>.local.x`).
 */
export function citizenLanguage(
  tag: string,
  sourceLanguage: string,
  overrides: ReadonlyMap<string, ReadonlyMap<string, StatusText>>,
  surveyId: string,
): CitizenLanguage {
  const chain: string[] = [];
  for (let l: string | null = tag; l && !chain.includes(l); l = fallbackLanguage(l, sourceLanguage))
    chain.push(l);
  const stored = (key: string) =>
    key.startsWith('local.') || key === 'title' ? `survey.${surveyId}.${key}` : key;
  const lookup = (key: string, source?: SourceFn): StatusText => {
    for (const [i, l] of chain.entries()) {
      const found =
        overrides.get(l)?.get(stored(key)) ??
        builtinText(l, key) ??
        (source && isLocale(l) ? { text: source(l), status: 'reviewed' as const } : undefined);
      if (found && found.text !== '') return i === 0 ? found : { text: found.text, status: 'unreviewed' };
    }
    return { text: source ? source(chromeLocale(tag)) : key, status: 'unreviewed' };
  };
  const plurals = new Intl.PluralRules(tag.includes('-x-') ? tag.split('-x-')[0] : tag);
  let counts: Intl.NumberFormat | undefined; // made on the first plural text, then reused
  const self: CitizenLanguage = {
    tag,
    dir: textDirection(tag),
    chrome: chromeLocale(tag),
    lookup,
    text: (key, params, source) => interpolate(lookup(key, source).text, params),
    plural: (key, count, params) => {
      const category = plurals.select(count);
      const exact = lookup(`${key}_${category}`);
      const chosen = exact.text === `${key}_${category}` ? lookup(`${key}_other`) : exact;
      counts ??= new Intl.NumberFormat(tag);
      return interpolate(chosen.text, { count: counts.format(count), ...params });
    },
  };
  return self;
}

/** The weakest status over a set of texts (the response's translation status). */
export function weakestStatus(statuses: Iterable<TranslationStatus>): TranslationStatus {
  let out: TranslationStatus = 'validated';
  for (const s of statuses) out = weakerStatus(out, s);
  return out;
}

/**
 * The status of a questionnaire in a language: the weakest status of its question texts (what the
 * indicators measure with). Page texts and labels do not count: a reviewed "Next" button does not
 * make a validated item less validated.
 */
export function questionnaireStatus(
  lang: CitizenLanguage,
  questions: readonly { textKey: string; text: SourceFn }[],
): TranslationStatus {
  return weakestStatus(questions.map((q) => lang.lookup(q.textKey, q.text).status));
}
