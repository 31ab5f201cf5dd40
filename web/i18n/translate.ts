import { intlTag } from '../../shared/format/number.ts';
import type { Dictionary, DictionaryKey, da, MessageKey, PluralKey } from './da.ts';

/** The UI languages. Norwegian is bokmål; nynorsk users fall back to it. */
export const LOCALES = ['da', 'nb', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Each language is its own chunk: a Danish user downloads no Norwegian or English text. `main.tsx` loads the
 * first language before rendering; switching language loads the next one before it is shown.
 */
const loaders: Record<Locale, () => Promise<Dictionary>> = {
  da: () => import('./da.ts').then((m) => m.da),
  nb: () => import('./nb.ts').then((m) => m.nb),
  en: () => import('./en.ts').then((m) => m.en),
};
const loaded = new Map<Locale, Dictionary>();

/** Loads a language's dictionary once; later calls resolve at once. */
export async function loadDictionary(locale: Locale): Promise<void> {
  if (!loaded.has(locale)) loaded.set(locale, await loaders[locale]());
}

/** Makes a dictionary available without loading it (unit tests import the dictionaries directly). */
export function registerDictionary(locale: Locale, dictionary: Dictionary): void {
  loaded.set(locale, dictionary);
}

/** True once `loadDictionary(locale)` has finished. */
export function isDictionaryLoaded(locale: Locale): boolean {
  return loaded.has(locale);
}

/** The `{name}` placeholders in a message literal, as a union of their names. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

/** The Danish text(s) of a key: both variants for a plural key. */
type TextOf<K extends MessageKey> = K extends DictionaryKey
  ? (typeof da)[K]
  : K extends PluralKey
    ? (typeof da)[`${K}_one` & DictionaryKey] | (typeof da)[`${K}_other` & DictionaryKey]
    : never;

/**
 * The parameter tuple for a key: none when the Danish text has no placeholder, an object otherwise; a
 * plural key always takes a numeric `count`, which chooses the variant.
 */
export type ParamsArg<K extends MessageKey> = K extends PluralKey
  ? [params: Record<Exclude<Placeholders<TextOf<K>>, 'count'>, string | number> & { count: number }]
  : [Placeholders<TextOf<K>>] extends [never]
    ? []
    : [params: Record<Placeholders<TextOf<K>>, string | number>];

/** Keys whose text has no placeholder, so `t(key)` needs nothing else; e.g. for keys held in data. */
export type PlainKey = { [K in MessageKey]: ParamsArg<K> extends [] ? K : never }[MessageKey];

/** A translation function bound to one locale. */
export type Translate = <K extends MessageKey>(key: K, ...params: ParamsArg<K>) => string;

/** Any loaded dictionary: all have exactly the same keys (checked by the compiler and a unit test). */
function anyDictionary(): Dictionary {
  const first = loaded.values().next();
  if (first.done) throw new Error('No dictionary loaded yet: call loadDictionary() first');
  return first.value;
}

/** True when `key` is a known message key; used for keys built from server data (audit actions). */
export function isMessageKey(key: string): key is MessageKey {
  const dict = anyDictionary();
  return Object.hasOwn(dict, key) || Object.hasOwn(dict, `${key}_other`);
}

/** True for a known key without placeholders: safe to translate a key built from server data. */
export function isPlainKey(key: string): key is PlainKey {
  const dict = anyDictionary();
  return Object.hasOwn(dict, key) && !/\{\w+\}/.test(dict[key as DictionaryKey]);
}

/** Narrows any string to a supported locale, or returns null. */
export function asLocale(value: unknown): Locale | null {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
    ? (value as Locale)
    : null;
}

/**
 * Builds `t` for a loaded locale. Placeholders are replaced by name; numbers are formatted for the locale
 * so that "1.234" reads right in Danish and "1 234" in Norwegian. A plural key picks `_one` or `_other` by
 * `Intl.PluralRules` for `count`. An unknown placeholder is left visible rather than silently dropped, so a
 * mistake shows up in review.
 */
export function createTranslator(locale: Locale): Translate {
  const dict = loaded.get(locale);
  if (!dict) throw new Error(`Dictionary "${locale}" is not loaded: call loadDictionary() first`);
  const numberFormat = new Intl.NumberFormat(intlLocale(locale));
  const plural = new Intl.PluralRules(intlLocale(locale));
  const lookup = (key: string, count: unknown): string => {
    if (Object.hasOwn(dict, key)) return dict[key as DictionaryKey];
    const variant = typeof count === 'number' ? plural.select(count) : 'other';
    return dict[`${key}_${variant}` as DictionaryKey] ?? dict[`${key}_other` as DictionaryKey] ?? key;
  };
  return (key, ...params) => {
    const values: Record<string, string | number> | undefined = params[0];
    const template = lookup(key, values?.count);
    if (!values) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numberFormat.format(value) : value;
    });
  };
}

/** The BCP 47 tag handed to Intl and `<html lang>` (the one table in shared/format/number.ts). */
export const intlLocale: (locale: Locale) => string = intlTag;
