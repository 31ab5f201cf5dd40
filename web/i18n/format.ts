import { intlLocale, type Locale } from './translate.ts';

/** Locale-aware formatters. Built once per locale because Intl constructors are comparatively slow. */
export interface Formatters {
  /** "23. nov. 2025" style date. */
  date: (iso: string) => string;
  /** Date with hours and minutes, for logs and "last sign-in". */
  dateTime: (iso: string) => string;
  /** Integer or decimal with the locale's grouping. */
  number: (value: number) => string;
  /** A list joined with the locale's "og" / "og" / "and". */
  list: (items: readonly string[]) => string;
}

/** Creates the formatters for a UI locale. Invalid timestamps are shown as given rather than "Invalid Date". */
export function createFormatters(locale: Locale): Formatters {
  const tag = intlLocale(locale);
  const dateFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'medium' });
  const dateTimeFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  const numberFormat = new Intl.NumberFormat(tag);
  const listFormat = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });
  const safe = (format: Intl.DateTimeFormat) => (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format.format(date);
  };
  return {
    date: safe(dateFormat),
    dateTime: safe(dateTimeFormat),
    number: (value) => numberFormat.format(value),
    list: (items) => listFormat.format(items),
  };
}
