import { describe, expect, it } from 'vitest';
import { extractLangOption, langFromEnv, langOfLocale, resolveLang } from './lang.ts';

describe('langOfLocale', () => {
  it.each([
    ['da', 'da'],
    ['da_DK.UTF-8', 'da'],
    ['DA_dk', 'da'],
    ['nb_NO.UTF-8', 'nb'],
    ['no_NO', 'nb'],
    ['nn_NO.UTF-8', 'nb'],
    ['no', 'nb'],
    ['en_GB@euro', 'en'],
    ['en-US', 'en'],
    ['C', null],
    ['C.UTF-8', null],
    ['POSIX', null],
    ['de_DE.UTF-8', null],
    ['', null],
  ])('%s → %s', (locale, lang) => {
    expect(langOfLocale(locale)).toBe(lang);
  });
});

describe('langFromEnv', () => {
  it('is Danish without a locale, or with C / another language', () => {
    expect(langFromEnv({})).toBe('da');
    expect(langFromEnv({ LANG: 'C.UTF-8' })).toBe('da');
    expect(langFromEnv({ LANG: 'sv_SE.UTF-8' })).toBe('da');
  });

  it('follows POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG; empty values do not count', () => {
    expect(langFromEnv({ LANG: 'nb_NO.UTF-8' })).toBe('nb');
    expect(langFromEnv({ LC_MESSAGES: 'en_GB.UTF-8', LANG: 'nb_NO.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_ALL: 'nn_NO', LC_MESSAGES: 'en_GB', LANG: 'da_DK' })).toBe('nb');
    expect(langFromEnv({ LC_ALL: '', LC_MESSAGES: ' ', LANG: 'en_US.UTF-8' })).toBe('en');
  });

  it('does not fall through to LANG when the overriding variable names another language', () => {
    expect(langFromEnv({ LC_ALL: 'C', LANG: 'en_US.UTF-8' })).toBe('da');
  });
});

describe('resolveLang', () => {
  it('prefers a valid --lang over the environment', () => {
    expect(resolveLang('nb', { LANG: 'en_GB.UTF-8' })).toEqual({ lang: 'nb' });
    expect(resolveLang(undefined, { LANG: 'en_GB.UTF-8' })).toEqual({ lang: 'en' });
  });

  it('reports an invalid --lang and falls back to the environment for the message', () => {
    expect(resolveLang('sv', { LANG: 'en_GB.UTF-8' })).toEqual({ lang: 'en', invalid: 'sv' });
    expect(resolveLang('', {})).toEqual({ lang: 'da', invalid: '' });
  });
});

describe('extractLangOption', () => {
  it('takes --lang X and --lang=X out from anywhere; the last wins', () => {
    expect(extractLangOption(['--lang', 'nb', 'eventlog', 'analyse', 'f.xes'])).toEqual({
      lang: 'nb',
      rest: ['eventlog', 'analyse', 'f.xes'],
    });
    expect(extractLangOption(['eventlog', 'analyse', '--lang=en', 'f.xes', '--lang', 'da'])).toEqual({
      lang: 'da',
      rest: ['eventlog', 'analyse', 'f.xes'],
    });
  });

  it('gives the empty string for a trailing --lang and leaves arguments after -- alone', () => {
    expect(extractLangOption(['eventlog', '--lang'])).toEqual({ lang: '', rest: ['eventlog'] });
    expect(extractLangOption(['a', '--', '--lang', 'nb'])).toEqual({
      lang: undefined,
      rest: ['a', '--', '--lang', 'nb'],
    });
    expect(extractLangOption(['a'])).toEqual({ lang: undefined, rest: ['a'] });
  });
});
