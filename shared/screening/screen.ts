import type { Locale } from '../indicators/types.ts';
import { isPlausibleCpr, isValidFnr } from './identifiers.ts';
import { SCREENING_MARKERS, type ScreeningKind } from './markers.ts';
import { CPR_PATTERN, EMAIL_PATTERN, FNR_PATTERN, PHONE_PATTERN } from './patterns.ts';

export interface ScreeningResult {
  /** The text with personal identifiers replaced by locale markers. */
  text: string;
  /** How many of each kind were replaced. */
  found: Record<ScreeningKind, number>;
}

/**
 * Removes CPR numbers, Norwegian fødselsnummer/D-numbers, e-mail addresses and Danish/Norwegian phone
 * numbers from free text before it is stored. Markers follow `locale` (the respondent's language).
 *
 * Order matters: e-mail first (an address may contain digits), then the 11-digit fødselsnummer before
 * the 10-digit CPR, then phone numbers. Digit boundaries keep every detector from matching inside a
 * longer number, so amounts ("kr. 12.500,00", "1.234.567"), dates ("12-03-2024", "2024-03-12"), times,
 * postal codes, years and 6-digit numbers are left alone. The function is idempotent: it runs to a
 * fixpoint, and markers contain neither digits nor "@".
 */
export function screenText(input: string, locale: Locale = 'da'): ScreeningResult {
  const found: Record<ScreeningKind, number> = { cpr: 0, fnr: 0, email: 0, phone: 0 };
  // Repeat until nothing changes: removing one identifier can free a neighbour that a boundary rule
  // blocked ("22 33 44 55 +45 22 33 44 56"). Each changing pass removes digits or an "@" and markers add
  // none, so the loop ends; it usually runs once or twice.
  let text = input;
  for (let next = screenOnce(text, locale, found); next !== text; next = screenOnce(text, locale, found)) {
    text = next;
  }
  return { text, found };
}

function screenOnce(input: string, locale: Locale, found: Record<ScreeningKind, number>): string {
  const markers = SCREENING_MARKERS[locale];
  let text = input.replace(EMAIL_PATTERN, () => {
    found.email += 1;
    return markers.email;
  });
  text = text.replace(FNR_PATTERN, (match: string, date: string, person: string) => {
    if (!isValidFnr(date + person)) return match;
    found.fnr += 1;
    return markers.fnr;
  });
  text = text.replace(CPR_PATTERN, (match: string, date: string, serial: string) => {
    if (!isPlausibleCpr(date + serial)) return match;
    found.cpr += 1;
    return markers.cpr;
  });
  return text.replace(PHONE_PATTERN, () => {
    found.phone += 1;
    return markers.phone;
  });
}
