/** The UI languages, Danish first. */
export const LOCALES = ['da', 'nb', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'da';

/** The language a municipality's users see until they choose one: bokmål in Norway, Danish in Denmark. */
export function defaultLocaleFor(country: 'DK' | 'NO'): Locale {
  return country === 'NO' ? 'nb' : 'da';
}

/** The language a user sees: their own choice, else their municipality's country's (defaultLocaleFor). */
export function effectiveLocale(chosen: Locale | null, country: 'DK' | 'NO'): Locale {
  return chosen ?? defaultLocaleFor(country);
}

/** Type guard for a supported locale code. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Picks the best supported locale from an Accept-Language header. Norwegian `no` and `nn` fall
 * back to bokmål, since bokmål is the written standard we ship.
 */
export function negotiateLocale(header: string | undefined | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    if (primary === 'da') return 'da';
    if (primary === 'nb' || primary === 'no' || primary === 'nn') return 'nb';
    if (primary === 'en') return 'en';
  }
  return DEFAULT_LOCALE;
}

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing param is noticed. */
export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/**
 * The plural form of a count in a locale: `one` or `other`, the only two Danish, Norwegian and English
 * have (`Intl.PluralRules` decides, so 1 is `one` and 0, 2, 1.5 are `other`).
 */
export function pluralCategory(locale: Locale, count: number): 'one' | 'other' {
  return new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
}
