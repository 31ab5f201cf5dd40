import { da, type MessageKey } from './da.ts';
import { en } from './en.ts';
import { nb } from './nb.ts';

/** The UI languages. Norwegian is bokmål; nynorsk users fall back to it. */
export const LOCALES = ['da', 'nb', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Dictionaries by locale; exported so tests can compare their keys. */
export const dictionaries: Record<Locale, { readonly [K in MessageKey]: string }> = { da, nb, en };

/** The `{name}` placeholders in a message literal, as a union of their names. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

/** The parameter tuple for a key: none when the Danish text has no placeholder, an object otherwise. */
export type ParamsArg<K extends MessageKey> = [Placeholders<(typeof da)[K]>] extends [never]
  ? []
  : [params: Record<Placeholders<(typeof da)[K]>, string | number>];

/** Keys whose text has no placeholder, so `t(key)` needs nothing else; e.g. for keys held in data. */
export type PlainKey = { [K in MessageKey]: ParamsArg<K> extends [] ? K : never }[MessageKey];

/** A translation function bound to one locale. */
export type Translate = <K extends MessageKey>(key: K, ...params: ParamsArg<K>) => string;

/** True when `key` is a known message key; used for keys built from server data (audit actions). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(da, key);
}

/** True for a known key without placeholders: safe to translate a key built from server data. */
export function isPlainKey(key: string): key is PlainKey {
  return isMessageKey(key) && !/\{\w+\}/.test(da[key]);
}

/** Narrows any string to a supported locale, or returns null. */
export function asLocale(value: unknown): Locale | null {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
    ? (value as Locale)
    : null;
}

/**
 * Builds `t` for a locale. Placeholders are replaced by name; numbers are formatted for the locale so that
 * "1.234" reads right in Danish and "1 234" in Norwegian. An unknown placeholder is left visible rather
 * than silently dropped, so a mistake shows up in review.
 */
export function createTranslator(locale: Locale): Translate {
  const dict = dictionaries[locale];
  const numberFormat = new Intl.NumberFormat(intlLocale(locale));
  return (key, ...params) => {
    const template = dict[key] ?? da[key];
    const values: Record<string, string | number> | undefined = params[0];
    if (!values) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numberFormat.format(value) : value;
    });
  };
}

/** The BCP 47 tag handed to Intl and `<html lang>`. */
export function intlLocale(locale: Locale): string {
  return locale === 'nb' ? 'nb-NO' : locale === 'en' ? 'en-GB' : 'da-DK';
}
