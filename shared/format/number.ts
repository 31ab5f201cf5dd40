import type { Locale } from '../i18n/locale.ts';

/**
 * The one place numbers shown to people are formatted (web pages, server-rendered reports, exports for
 * spreadsheets). Pages must not print `toFixed`/`String(n)`: those always use a decimal point, so a
 * Danish page read "23.4 t." where "23,4 t." is right.
 */

const TAGS: Record<Locale, string> = { da: 'da-DK', nb: 'nb-NO', en: 'en-GB' };

/** The BCP 47 tag Intl uses for a UI locale. */
export function intlTag(locale: Locale): string {
  return TAGS[locale];
}

/** Below this a p-value is written "p < 0,001": more digits claim a precision the test does not have. */
export const P_FLOOR = 0.001;

export interface NumberFormats {
  /** Grouped number with at most `maxDigits` decimals (default 2), trailing zeros dropped: "1.234,5". */
  number: (value: number, maxDigits?: number) => string;
  /** Exactly `digits` decimals: "3,50". */
  fixed: (value: number, digits: number) => string;
  /** A share 0–1 as a percentage with `digits` decimals: 0.0252 → "2,52 %". */
  percent: (share: number, digits?: number) => string;
  /** A p-value with its sign: "p < 0,001" or "p = 0,012"; "p = –" when there is none. */
  pValue: (p: number | null) => string;
  /** A p-value without the "p": "< 0,001" or "0,012" (for table cells under a "p" heading). */
  pBare: (p: number | null) => string;
}

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  // Intl constructors are slow compared with format(); tables call these thousands of times.
  const key = `${tag}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.NumberFormat(tag, options);
    cache.set(key, found);
  }
  return found;
}

/** The formatters for a locale. Cheap to call: the Intl objects behind them are cached. */
export function numberFormats(locale: Locale): NumberFormats {
  const tag = intlTag(locale);
  const fixed = (value: number, digits: number) =>
    numberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
  const pBare = (p: number | null) =>
    p === null ? '–' : p < P_FLOOR ? `< ${fixed(P_FLOOR, 3)}` : fixed(p, 3);
  return {
    number: (value, maxDigits = 2) => numberFormat(tag, { maximumFractionDigits: maxDigits }).format(value),
    fixed,
    percent: (share, digits = 0) =>
      numberFormat(tag, {
        style: 'percent',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(share),
    pValue: (p) => (p !== null && p < P_FLOOR ? `p ${pBare(p)}` : `p = ${pBare(p)}`),
    pBare,
  };
}

/**
 * Minutes as a short duration in the coarsest unit that still says something: "45 min.", "23,4 t.",
 * "3,5 d." (unit words come from the caller's dictionary).
 */
export function formatDurationMinutes(
  locale: Locale,
  minutes: number,
  units: { min: string; h: string; d: string },
): string {
  const f = numberFormats(locale);
  if (minutes < 60) return `${f.fixed(Math.round(minutes), 0)} ${units.min}`;
  if (minutes < 48 * 60) return `${f.fixed(minutes / 60, 1)} ${units.h}`;
  return `${f.fixed(minutes / 1440, 1)} ${units.d}`;
}

/** Bytes in decimal units as file managers show them: 1536 → "1,5 KB" in Danish. */
export function formatBytes(locale: Locale, bytes: number): string {
  const f = numberFormats(locale);
  if (bytes < 1000) return `${f.fixed(bytes, 0)} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${f.fixed(value, value < 10 ? 1 : 0)} ${units[unit]}`;
}
