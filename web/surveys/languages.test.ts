import { describe, expect, it } from 'vitest';
import { toggleLanguage } from './languages.ts';

describe('survey language choice', () => {
  it('keeps the catalogue order and any chosen language the catalogue no longer lists', () => {
    const offered = ['da', 'nb', 'en', 'pl'];
    expect(toggleLanguage(offered, ['pl', 'da'], 'en', true)).toEqual(['da', 'en', 'pl']);
    expect(toggleLanguage(offered, ['da', 'en'], 'da', false)).toEqual(['en']);
    expect(toggleLanguage(offered, ['da', 'so'], 'nb', true)).toEqual(['da', 'nb', 'so']);
  });
});
