import { describe, expect, it } from 'vitest';
import { textDirection } from '../../shared/languages/tags.ts';
import { plainLanguage } from './languages.ts';

describe('plainLanguage', () => {
  it('makes one resolver per interface locale and reuses it on every request', () => {
    expect(plainLanguage('da')).toBe(plainLanguage('da'));
    expect(plainLanguage('nb')).not.toBe(plainLanguage('da'));
    expect(plainLanguage('en').tag).toBe('en');
    expect(plainLanguage('nb').dir).toBe('ltr');
  });

  it('keeps each language its writing direction when remembered', () => {
    for (let round = 0; round < 2; round++) {
      expect(textDirection('ar')).toBe('rtl');
      expect(textDirection('da-x-easy')).toBe('ltr');
      expect(textDirection('not a tag')).toBe('ltr');
    }
  });
});
