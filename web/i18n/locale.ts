import { asLocale, type Locale } from './translate.ts';

const STORAGE_KEY = 'borgerblik.locale';

/**
 * Picks the starting locale before sign-in: a remembered choice wins; a Norwegian browser (bokmål, nynorsk
 * or plain "no") gets `nb`; everyone else gets Danish. An English browser does not switch to English,
 * because many Danish civil servants run English systems yet work in Danish. After sign-in the profile's
 * language applies anyway.
 */
export function pickInitialLocale(stored: string | null, browserLanguages: readonly string[]): Locale {
  const remembered = asLocale(stored);
  if (remembered) return remembered;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    if (primary === 'da') return 'da';
    if (primary === 'nb' || primary === 'nn' || primary === 'no') return 'nb';
  }
  return 'da';
}

/** Reads the remembered locale; storage can throw in private modes, which must not break the app. */
export function readStoredLocale(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Remembers the locale for the next visit, including before sign-in. */
export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembering is acceptable; the profile still carries the choice after sign-in.
  }
}
