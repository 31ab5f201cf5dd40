import { describe, expect, it } from 'vitest';
import { da } from './da.ts';
import { createFormatters } from './format.ts';
import { pickInitialLocale } from './locale.ts';
import { asLocale, createTranslator, dictionaries, isMessageKey, LOCALES } from './translate.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  const reference = Object.keys(da).sort();

  it.each(LOCALES)('%s has exactly the Danish keys', (locale) => {
    expect(Object.keys(dictionaries[locale]).sort()).toEqual(reference);
  });

  it.each(LOCALES)('%s uses the same placeholders and has no empty texts', (locale) => {
    for (const key of reference) {
      const text = dictionaries[locale][key as keyof typeof da];
      expect(text.trim(), `${locale} ${key}`).not.toBe('');
      expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(da[key as keyof typeof da]));
    }
  });
});

describe('createTranslator', () => {
  it('fills placeholders and formats numbers for the locale', () => {
    expect(createTranslator('da')('users.created', { name: 'Mette' })).toBe('Mette er oprettet.');
    expect(createTranslator('da')('audit.shown', { count: 1234 })).toBe('Viste poster: 1.234');
    expect(createTranslator('en')('audit.shown', { count: 1234 })).toBe('Entries shown: 1,234');
    expect(createTranslator('nb')('nav.overview')).toBe('Oversikt');
  });

  it('recognises keys built from server data', () => {
    expect(isMessageKey('audit.action.unit.create')).toBe(true);
    expect(isMessageKey('audit.action.something.new')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });
});

describe('locales', () => {
  it('prefers the remembered choice, then a Norwegian browser, then Danish', () => {
    expect(pickInitialLocale('en', ['da-DK'])).toBe('en');
    expect(pickInitialLocale('xx', ['nn-NO', 'en'])).toBe('nb');
    expect(pickInitialLocale(null, ['no'])).toBe('nb');
    expect(pickInitialLocale(null, ['en-US', 'nb'])).toBe('nb');
    expect(pickInitialLocale(null, ['en-US'])).toBe('da');
    expect(pickInitialLocale(null, ['de-DE', 'fr'])).toBe('da');
    expect(asLocale('nb')).toBe('nb');
    expect(asLocale('no')).toBeNull();
  });

  it('formats dates and lists per locale, and leaves bad timestamps readable', () => {
    const da = createFormatters('da');
    expect(da.list(['a', 'b', 'c'])).toBe('a, b og c');
    expect(da.date('2025-03-04T12:00:00Z')).toMatch(/4\. mar/);
    expect(da.date('not a date')).toBe('not a date');
    expect(createFormatters('en').list(['a', 'b'])).toBe('a and b');
  });
});
