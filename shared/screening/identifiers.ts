/**
 * Validators for Danish CPR and Norwegian fødselsnummer/D-number. Digits only, no separators.
 *
 * CPR (DDMMYY-SSSS): only the date part is checked. Since 2007 CPR numbers are issued that fail the
 * old modulus-11 check (CPR-kontoret asks users to drop it), so requiring it would miss real numbers.
 *
 * Fødselsnummer (DDMMYYIIIKK): date + individual number + two control digits. Variants:
 * - D-number: 4 is added to the first digit of the day (41–71).
 * - H-number (health sector help number): 40 is added to the month; synthetic test numbers (Skatteetaten
 *   Tenor) add 80. We accept both: screening errs toward removing.
 * Control digits: the classic rule computes K1 and K2 with modulus 11 (weights 3 7 6 1 8 9 4 5 2 and
 * 5 4 3 2 7 6 5 4 3 2), discarding numbers where a control digit would be 10. From 2032 Skatteetaten
 * relaxes K1: the weighted sum including K1 (weight 1) may leave remainder 0, 1, 2 or 3 modulo 11
 * (classic: only 0), quadrupling the available numbers; K2 keeps the classic rule (weighted sum with
 * K1·2 + K2·1 ≡ 0 mod 11). Every classic number is valid under the 2032 rule, so '2032' is a superset
 * and is what screening uses: numbers issued after 2032 are then removed too.
 * Source: Skatteetaten, "Nytt fødselsnummer fra 2032" (folkeregisteret API documentation).
 */

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1] as const;

export type FnrRule = 'classic' | '2032';

function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  return weights.reduce((sum, w, i) => sum + w * (digits[i] ?? 0), 0);
}

/** The digits of `s` when it is exactly `length` ASCII digits. */
function toDigits(s: string, length: number): number[] | undefined {
  return s.length === length && /^\d+$/.test(s) ? [...s].map(Number) : undefined;
}

/**
 * True if day/month/two-digit-year form a calendar date. The century is unknown, so 29 February is
 * accepted whenever the two-digit year is divisible by 4 (00 stands for 2000, a leap year).
 */
export function isValidShortDate(day: number, month: number, year2: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year2 < 0 || year2 > 99) return false;
  const daysInMonth = [31, year2 % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (daysInMonth[month - 1] ?? 0);
}

/** True for a 10-digit string whose first six digits are a valid DDMMYY date. No modulus-11 check. */
export function isPlausibleCpr(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  return isValidShortDate(Number(digits.slice(0, 2)), Number(digits.slice(2, 4)), Number(digits.slice(4, 6)));
}

/** True if the two control digits of an 11-digit number satisfy `rule`. */
export function fnrControlDigitsValid(digits: string, rule: FnrRule = '2032'): boolean {
  const d = toDigits(digits, 11);
  if (!d) return false;
  const r1 = weightedSum(d, K1_WEIGHTS) % 11;
  const r2 = weightedSum(d, K2_WEIGHTS) % 11;
  return r2 === 0 && (rule === 'classic' ? r1 === 0 : r1 <= 3);
}

/** The date part of a fødselsnummer with D-number (+40 day) and H/synthetic (+40/+80 month) offsets removed. */
function fnrDate(digits: string): { day: number; month: number; year: number } {
  let day = Number(digits.slice(0, 2));
  let month = Number(digits.slice(2, 4));
  if (day > 40) day -= 40;
  if (month > 80) month -= 80;
  else if (month > 40) month -= 40;
  return { day, month, year: Number(digits.slice(4, 6)) };
}

/** True for a valid Norwegian fødselsnummer, D-number or H-number (11 digits). */
export function isValidFnr(digits: string, rule: FnrRule = '2032'): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const { day, month, year } = fnrDate(digits);
  return isValidShortDate(day, month, year) && fnrControlDigitsValid(digits, rule);
}

/**
 * Completes 9 digits (date + individual number) with classic control digits; undefined when a control
 * digit would be 10 (such individual numbers are never issued). Used by tests and fixtures.
 */
export function withFnrControlDigits(nine: string): string | undefined {
  const d = toDigits(nine, 9);
  if (!d) return undefined;
  const k1 = (11 - (weightedSum(d, K1_WEIGHTS.slice(0, 9)) % 11)) % 11;
  if (k1 === 10) return undefined;
  const k2 = (11 - (weightedSum([...d, k1], K2_WEIGHTS.slice(0, 10)) % 11)) % 11;
  if (k2 === 10) return undefined;
  return `${nine}${k1}${k2}`;
}
