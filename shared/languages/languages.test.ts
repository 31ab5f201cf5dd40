import { describe, expect, it } from 'vitest';
import { negotiateLanguage } from './negotiate.ts';
import {
  canonicalTag,
  chromeLocale,
  EASY_DA,
  EASY_NB,
  fallbackLanguage,
  languageNameIn,
  ownLanguageName,
  textDirection,
} from './tags.ts';

describe('language tags', () => {
  it("names a language in the staff user's interface language, easy-read ones included", () => {
    expect(languageNameIn('pl', 'da')).toBe('polsk');
    expect(languageNameIn('pl', 'en')).toBe('Polish');
    expect(languageNameIn(EASY_DA, 'da')).toBe('Let dansk');
    expect(languageNameIn(EASY_DA, 'nb')).toBe('Lettlest dansk');
    expect(languageNameIn(EASY_NB, 'en')).toBe('Easy-read Norwegian');
  });

  it('accepts any well-formed BCP 47 tag in canonical form and refuses the rest', () => {
    for (const tag of ['ar', 'uk', 'pl', 'tr', 'so', 'ur', 'lt', 'ro', 'fa', 'nn', EASY_DA])
      expect(canonicalTag(tag)).toBe(tag);
    expect(canonicalTag('AR-eg')).toBe('ar-EG');
    for (const bad of ['', 'x', 'not a tag', 'da_DK', 'a'.repeat(40)]) expect(canonicalTag(bad)).toBeNull();
  });

  it('knows the writing direction and the own name of a language', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('fa')).toBe('rtl');
    expect(textDirection('ur')).toBe('rtl');
    expect(textDirection('uk')).toBe('ltr');
    expect(ownLanguageName('nn')).toBe('Norsk nynorsk');
    expect(ownLanguageName('ar')).toBe('العربية');
    expect(ownLanguageName(EASY_DA)).toBe('Let dansk');
  });

  it('falls back from easy-read and nynorsk to the standard language, else to the source', () => {
    expect(fallbackLanguage(EASY_DA, 'nb')).toBe('da');
    expect(fallbackLanguage('nn', 'da')).toBe('nb');
    expect(fallbackLanguage('ar', 'nb')).toBe('nb');
    expect(fallbackLanguage('da', 'da')).toBeNull();
    expect(chromeLocale('nn')).toBe('nb');
    expect(chromeLocale('ar')).toBe('en');
  });
});

describe('Accept-Language against a survey’s languages', () => {
  const offered = ['da', 'nn', 'ar', EASY_DA];
  it('takes the best exact or prefix match, never guesses easy-read', () => {
    expect(negotiateLanguage('ar-SY,ar;q=0.9,en;q=0.5', offered)).toBe('ar');
    expect(negotiateLanguage('nn-NO', offered)).toBe('nn');
    expect(negotiateLanguage('en-GB,da;q=0.3', offered)).toBe('da');
    expect(negotiateLanguage('no', ['da', 'nb'])).toBe('nb');
    expect(negotiateLanguage('fr', offered)).toBeNull();
    expect(negotiateLanguage(undefined, offered)).toBeNull();
  });
});
