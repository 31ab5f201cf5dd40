import type { Locale } from '../i18n/locale.ts';

/**
 * Easy-read languages as tags of their own. BCP 47 registers no subtag for "easy-to-read", so we use
 * the private-use extension (`-x-easy`): the tag stays valid, `lang="da-x-easy"` still reads as Danish
 * to screen readers and spell checkers, and the easy-read text is a translation like any other.
 */
export const EASY_DA = 'da-x-easy';
export const EASY_NB = 'nb-x-easy';

/** Languages the platform ships texts for, Danish first. */
export const BUILTIN_LANGUAGES = ['da', 'nb', 'nn', 'en', EASY_DA, EASY_NB, 'ar', 'uk', 'pl'] as const;

/** Own names for the private-use tags, which Intl.DisplayNames cannot name. */
const OWN_NAMES: Record<string, string> = { [EASY_DA]: 'Let dansk', [EASY_NB]: 'Lettlest norsk' };

/** Canonical form of a BCP 47 tag (`AR-eg` → `ar-EG`), or null when the tag is not well-formed. */
export function canonicalTag(tag: string): string | null {
  if (tag.length === 0 || tag.length > 35) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

// Used where the runtime lacks Intl.Locale#textInfo (Firefox): scripts and languages written right to left.
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'ku', 'prs']);

const directions = new Map<string, 'ltr' | 'rtl'>();

/**
 * Writing direction of a language: from the runtime's text info, else from its script or language.
 * Remembered per tag (Intl.Locale and maximize() are slow next to a cached page; tags are few).
 */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  let dir = directions.get(tag);
  if (dir === undefined) {
    dir = directionOf(tag);
    if (directions.size < 1000) directions.set(tag, dir);
  }
  return dir;
}

function directionOf(tag: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & { textInfo?: { direction?: string } };
    const dir = locale.textInfo?.direction;
    if (dir === 'rtl' || dir === 'ltr') return dir;
    const script = locale.maximize().script;
    if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
    return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** A language's name in the language itself ("norsk nynorsk", "العربية"), capitalised for a button. */
export function ownLanguageName(tag: string): string {
  const own = OWN_NAMES[tag];
  if (own) return own;
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

/** Names of the easy-read languages in each interface language (Intl.DisplayNames has none). */
const EASY_NAMES: Record<Locale, Record<string, string>> = {
  da: { [EASY_DA]: 'Let dansk', [EASY_NB]: 'Let norsk' },
  nb: { [EASY_DA]: 'Lettlest dansk', [EASY_NB]: 'Lettlest norsk' },
  en: { [EASY_DA]: 'Easy-read Danish', [EASY_NB]: 'Easy-read Norwegian' },
};

/** A language's name in the staff user's interface language, for the translation screen. */
export function languageNameIn(tag: string, ui: Locale): string {
  const easy = EASY_NAMES[ui][tag];
  if (easy) return easy;
  try {
    return new Intl.DisplayNames([ui], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * The interface locale that stands in for a survey language where a text is missing and for number
 * and plural rules of the staff app: Danish for Danish variants, bokmål for Norwegian, else English.
 */
export function chromeLocale(tag: string): Locale {
  const primary = tag.split('-')[0]?.toLowerCase();
  if (primary === 'da') return 'da';
  if (primary === 'nb' || primary === 'nn' || primary === 'no') return 'nb';
  return 'en';
}

/**
 * The language a text falls back to when a translation lacks it: easy-read → its standard language,
 * nynorsk → bokmål, everything else → the survey's source language.
 */
export function fallbackLanguage(tag: string, source: string): string | null {
  if (tag === source) return null;
  if (tag === EASY_DA) return 'da';
  if (tag === EASY_NB || tag === 'nn') return 'nb';
  return source;
}
