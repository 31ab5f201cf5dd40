import {
  createContext,
  type ReactNode,
  use,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { configureApi } from '../api/client.ts';
import { createFormatters, type Formatters } from './format.ts';
import { storeLocale } from './locale.ts';
import {
  createTranslator,
  type Feature,
  featuresLoaded,
  intlLocale,
  isDictionaryLoaded,
  type Locale,
  loadDictionary,
  loadFeatures,
  type Translate,
} from './translate.ts';

export interface I18n {
  locale: Locale;
  t: Translate;
  format: Formatters;
  /** Switches the UI language and remembers it in this browser. Saving to the profile is the caller's job. */
  setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18n | null>(null);

/**
 * Provides the translator and formatters, and keeps `<html lang>` and the API's Accept-Language in step.
 * `initial`'s dictionary must already be loaded (`main.tsx` does so before the first render).
 */
export function I18nProvider({ initial, children }: { initial: Locale; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initial);

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

  // The next language's dictionary is fetched first; if that fails the UI stays in the current language.
  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    loadDictionary(next).then(
      () => setLocaleState(next),
      () => undefined,
    );
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

/** A translator for another language than the UI's (a report's own language); null while it loads. */
export function useTranslatorFor(locale: Locale): Translate | null {
  const [ready, setReady] = useState<Locale | null>(() => (isDictionaryLoaded(locale) ? locale : null));
  useEffect(() => {
    let current = true;
    void loadDictionary(locale).then(() => current && setReady(locale));
    return () => {
      current = false;
    };
  }, [locale]);
  return useMemo(() => (ready === locale ? createTranslator(locale) : null), [ready, locale]);
}

/**
 * Renders its children once the features' texts are loaded in the current language, and suspends until
 * then (wrap it in `<Suspense>`), so a page never shows a raw key. Switching language loads them first.
 */
export function WithTexts({ features, children }: { features: readonly Feature[]; children: ReactNode }) {
  const { locale } = useI18n();
  if (!featuresLoaded(locale, features)) use(loadFeatures(locale, features));
  return <>{children}</>;
}
