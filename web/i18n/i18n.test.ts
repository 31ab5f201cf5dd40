import { describe, expect, it } from 'vitest';
import { type Dictionary, da, en, nb } from './dictionary.ts';
import { createFormatters } from './format.ts';
import { pickInitialLocale } from './locale.ts';
import { asLocale, createTranslator, isMessageKey, isPlainKey, LOCALES } from './translate.ts';

const dictionaries: Record<string, Dictionary> = { da, nb, en };
/** A plural variant may leave out `{count}` ("one event"), so `count` is not compared for those. */
const placeholders = (key: string, text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .filter((name) => !(name === 'count' && /_(one|other)$/.test(key)))
    .sort();

describe('dictionaries', () => {
  const reference = Object.keys(da).sort();

  it.each(LOCALES)('%s has exactly the Danish keys', (locale) => {
    expect(Object.keys(dictionaries[locale] ?? {}).sort()).toEqual(reference);
  });

  it('defines every plural message in both variants', () => {
    for (const key of reference) {
      if (key.endsWith('_one')) expect(reference, key).toContain(key.replace(/_one$/, '_other'));
      if (key.endsWith('_other')) expect(reference, key).toContain(key.replace(/_other$/, '_one'));
    }
  });

  it.each(LOCALES)('%s uses the same placeholders and has no empty texts', (locale) => {
    for (const key of reference) {
      const text = dictionaries[locale]?.[key as keyof typeof da] ?? '';
      expect(text.trim(), `${locale} ${key}`).not.toBe('');
      expect(placeholders(key, text), `${locale} ${key}`).toEqual(
        placeholders(key, da[key as keyof typeof da]),
      );
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

  it("chooses the plural variant by the language's rules", () => {
    const tDa = createTranslator('da');
    const tEn = createTranslator('en');
    expect(tDa('eventlog.skipped', { count: 1 })).toBe('1 række blev sprunget over.');
    expect(tDa('eventlog.skipped', { count: 1234 })).toBe('1.234 rækker blev sprunget over.');
    expect(tEn('eventlog.skipped', { count: 1 })).toBe('1 row was skipped.');
    expect(tEn('eventlog.skipped', { count: 0 })).toBe('0 rows were skipped.');
    expect(createTranslator('nb')('journeys.hotspot.ping_pong', { a: 'A', b: 'B', count: 1 })).toBe(
      'Fram og tilbake mellom A og B (1 gang)',
    );
    expect(tDa('journeys.hotspot.ping_pong', { a: 'A', b: 'B', count: 2 })).toBe(
      'Frem og tilbage mellem A og B (2 gange)',
    );
    expect(isMessageKey('eventlog.skipped')).toBe(true);
    expect(isMessageKey('eventlog.skipped_one')).toBe(true);
    expect(isPlainKey('eventlog.skipped')).toBe(false);
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
