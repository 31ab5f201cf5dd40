import { formatBytes, formatDurationMinutes, numberFormats } from '../../shared/format/number.ts';
import { intlLocale, type Locale } from './translate.ts';

/**
 * Locale-aware formatters. Built once per locale because Intl constructors are comparatively slow.
 * Numbers go through shared/format/number.ts, the one formatting module shared with the server.
 */
export interface Formatters {
  /** "23. nov. 2025" style date. */
  date: (iso: string) => string;
  /** Date with hours and minutes, for logs and "last sign-in". */
  dateTime: (iso: string) => string;
  /** Integer or decimal with the locale's grouping (at most `maxDigits` decimals, default 2). */
  number: (value: number, maxDigits?: number) => string;
  /** Exactly `digits` decimals: "3,50". */
  fixed: (value: number, digits: number) => string;
  /** A share 0–1 as a percentage: 0.0252 → "2,52 %" with `digits` 2. */
  percent: (share: number, digits?: number) => string;
  /** "p < 0,001" or "p = 0,012". */
  pValue: (p: number | null) => string;
  /** Milliseconds as "45 min.", "23,4 t." or "3,5 d."; "–" for none. */
  duration: (ms: number | null, units: { min: string; h: string; d: string }) => string;
  /** 1536 → "1,5 KB". */
  bytes: (bytes: number) => string;
  /** A list joined with the locale's "og" / "og" / "and". */
  list: (items: readonly string[]) => string;
}

/** Creates the formatters for a UI locale. Invalid timestamps are shown as given rather than "Invalid Date". */
export function createFormatters(locale: Locale): Formatters {
  const tag = intlLocale(locale);
  const dateFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'medium' });
  const dateTimeFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  const listFormat = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });
  const n = numberFormats(locale);
  const safe = (format: Intl.DateTimeFormat) => (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format.format(date);
  };
  return {
    date: safe(dateFormat),
    dateTime: safe(dateTimeFormat),
    number: n.number,
    fixed: n.fixed,
    percent: n.percent,
    pValue: n.pValue,
    duration: (ms, units) => (ms === null ? '–' : formatDurationMinutes(locale, ms / 60_000, units)),
    bytes: (bytes) => formatBytes(locale, bytes),
    list: (items) => listFormat.format(items),
  };
}
