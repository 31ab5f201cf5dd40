import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { configureApi } from '../api/client.ts';
import { createFormatters, type Formatters } from './format.ts';
import { pickInitialLocale, readStoredLocale, storeLocale } from './locale.ts';
import { createTranslator, intlLocale, type Locale, type Translate } from './translate.ts';

export interface I18n {
  locale: Locale;
  t: Translate;
  format: Formatters;
  /** Switches the UI language and remembers it in this browser. Saving to the profile is the caller's job. */
  setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18n | null>(null);

/** Provides the translator and formatters, and keeps `<html lang>` and the API's Accept-Language in step. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() =>
    pickInitialLocale(readStoredLocale(), typeof navigator === 'undefined' ? [] : navigator.languages),
  );

  const t = useMemo(() => createTranslator(locale), [locale]);
  const format = useMemo(() => createFormatters(locale), [locale]);

  // Runs before children's effects fetch data, so the first requests already ask for the right language.
  configureApi({
    locale,
    networkMessage: t('common.networkError'),
    unexpectedMessage: t('common.unknownError'),
  });

  useEffect(() => {
    document.documentElement.lang = intlLocale(locale).split('-')[0] ?? locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo(() => ({ locale, t, format, setLocale }), [locale, t, format, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language's `t`, formatters and switcher. */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
