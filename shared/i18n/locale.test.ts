import { describe, expect, it } from 'vitest';
import { effectiveLocale, pluralCategory } from './locale.ts';

describe('pluralCategory', () => {
  it('is "one" only for exactly one, in Danish, Norwegian and English', () => {
    for (const locale of ['da', 'nb', 'en'] as const) {
      expect(pluralCategory(locale, 1), locale).toBe('one');
      expect(pluralCategory(locale, 0), locale).toBe('other');
      expect(pluralCategory(locale, 2), locale).toBe('other');
      expect(pluralCategory(locale, 1000), locale).toBe('other');
    }
  });
});

describe('effectiveLocale', () => {
  it("is the user's own choice, else the municipality's country's language", () => {
    expect(effectiveLocale('en', 'NO')).toBe('en');
    expect(effectiveLocale(null, 'NO')).toBe('nb');
    expect(effectiveLocale(null, 'DK')).toBe('da');
  });
});
