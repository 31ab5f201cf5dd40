/** `.one` or `.other` of a key by the locale's plural rules (Danish, bokmål and English use these two). */
export function pluralSuffix(locale: string, count: number): 'one' | 'other' {
  return new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
}
