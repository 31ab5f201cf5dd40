/**
 * Candidate patterns for screening. They find candidates; `screen.ts` validates CPR and fødselsnummer
 * candidates before replacing. All patterns use global flags and must be reset (`lastIndex`) by callers
 * of `exec`; `String.replace` does that itself.
 */

/**
 * Digit-run boundaries for national ids: not inside a longer number, also not one written with a
 * decimal or thousands separator ("1.1203241234", "1203241234,50").
 */
const ID_BEFORE = String.raw`(?<!\d)(?<!\d[.,])`;
const ID_AFTER = String.raw`(?!\d)(?![.,]\d)`;

/** DDMMYY-SSSS, DDMMYY SSSS or DDMMYYSSSS. */
export const CPR_PATTERN = new RegExp(String.raw`${ID_BEFORE}(\d{6})[ -]?(\d{4})${ID_AFTER}`, 'g');

/** DDMMYYIIIKK, optionally with one space (or hyphen) after the date. */
export const FNR_PATTERN = new RegExp(String.raw`${ID_BEFORE}(\d{6})[ -]?(\d{5})${ID_AFTER}`, 'g');

/**
 * E-mail addresses: RFC 5322 "atext" local part (letters in any script allowed), a dotted domain and a
 * letter-only top-level domain of at least two letters. No lookbehind: leftmost matching already starts
 * at the beginning of the token, and a lookbehind would let a match right after a previous one hide
 * until the next run (breaking idempotence for "a@b.dk.c@d.dk").
 */
export const EMAIL_PATTERN =
  /[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])/gu;

/**
 * Phone numbers are told from other numbers by their shape (the groupings below), not by what stands
 * next to them: people write a phone number right before or after a year, a postcode, a time or a count
 * ("28 91 45 62 2024", "+45 28914562 14:45", "kl. 14:45 22 34 56 78"), and such a number must still go.
 * The boundaries are the national-id ones: no digit directly attached, and no decimal or thousands
 * separator joining a digit ("22345678,50" is an amount, "223456789" no phone). Amounts, dates, times,
 * postcodes and years never have a phone shape themselves, so a neighbouring number changes nothing.
 */
const PHONE_BEFORE = String.raw`(?<![\d+])(?<!\d[.,])`;
const PHONE_AFTER = ID_AFTER;

/** +45 / 0045 / (+45) and +47 / 0047 / (+47) prefixes, each optionally followed by a space or hyphen. */
const PREFIX = String.raw`(?:(?:\+|00)4[57]|\(\+4[57]\))[ -]?`;

/**
 * 8-digit Danish and Norwegian subscriber numbers (first digit 2–9; 0 and 1 start no 8-digit number
 * in either plan) in the groupings people write: 12345678, 12 34 56 78 (one consistent separator of
 * space, dot or hyphen), the Norwegian 123 45 678, and 1234 5678.
 */
const GROUPINGS = [
  String.raw`[2-9]\d{7}`,
  String.raw`[2-9]\d(?<sep>[ .-])\d\d\k<sep>\d\d\k<sep>\d\d`,
  String.raw`[2-9]\d\d \d\d \d{3}`,
];
const FOURS = String.raw`[2-9]\d{3}[ -]\d{4}`;

/**
 * Without a country prefix, 1234 5678 is skipped when the first group could be a year 2000–2099:
 * "i 2024 2500 kr" is not a phone number. With a prefix every grouping counts.
 */
const NUMBER = `(?:${PREFIX})?(?:${GROUPINGS.join('|')})|${PREFIX}${FOURS}|(?!20)${FOURS}`;

export const PHONE_PATTERN = new RegExp(`${PHONE_BEFORE}(?:${NUMBER})${PHONE_AFTER}`, 'g');
