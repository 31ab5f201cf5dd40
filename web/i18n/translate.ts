import { intlTag } from '../../shared/format/number.ts';
import type { DictionaryKey, da, MessageKey, PluralKey } from './dictionary.ts';
import { allTexts, LOCALES, type Locale, textsOf } from './load.ts';

export {
  type Feature,
  featuresLoaded,
  isDictionaryLoaded,
  LOCALES,
  type Locale,
  loadDictionary,
  loadFeatures,
  registerDictionary,
} from './load.ts';

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

/**
 * True when `key` is a known message key; used for keys built from server data (audit actions). Only the
 * texts loaded so far are known: a page that shows such keys loads the features that define them.
 */
export function isMessageKey(key: string): key is MessageKey {
  return allTexts().some((dict) => Object.hasOwn(dict, key) || Object.hasOwn(dict, `${key}_other`));
}

/** True for a known key without placeholders: safe to translate a key built from server data. */
export function isPlainKey(key: string): key is PlainKey {
  return allTexts().some((dict) => Object.hasOwn(dict, key) && !/\{\w+\}/.test(dict[key] ?? ''));
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
  const dict = textsOf(locale);
  if (!dict) throw new Error(`Dictionary "${locale}" is not loaded: call loadDictionary() first`);
  const numberFormat = new Intl.NumberFormat(intlLocale(locale));
  const plural = new Intl.PluralRules(intlLocale(locale));
  const lookup = (key: string, count: unknown): string => {
    if (Object.hasOwn(dict, key)) return dict[key] ?? key;
    const variant = typeof count === 'number' ? plural.select(count) : 'other';
    return dict[`${key}_${variant}`] ?? dict[`${key}_other`] ?? key;
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
