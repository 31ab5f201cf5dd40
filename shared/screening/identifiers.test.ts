import { describe, expect, it } from 'vitest';
import {
  fnrControlDigitsValid,
  isPlausibleCpr,
  isValidFnr,
  isValidShortDate,
  withFnrControlDigits,
} from './identifiers.ts';

describe('CPR', () => {
  it('checks the date part only (no modulus 11)', () => {
    expect(isPlausibleCpr('0101651234')).toBe(true); // 1 Jan 1965: the first series issued without mod-11
    expect(isPlausibleCpr('3102651234')).toBe(false); // 31 February
    expect(isPlausibleCpr('2902001234')).toBe(true); // 29 Feb 2000
    expect(isPlausibleCpr('2902011234')).toBe(false);
    expect(isPlausibleCpr('0013001234')).toBe(false);
    expect(isPlausibleCpr('010165123')).toBe(false);
  });

  it('validates calendar dates with unknown century', () => {
    expect(isValidShortDate(31, 4, 24)).toBe(false);
    expect(isValidShortDate(30, 4, 24)).toBe(true);
    expect(isValidShortDate(0, 1, 24)).toBe(false);
  });
});

describe('fødselsnummer', () => {
  it('accepts a classic number (worked example 311299567 → K1 1, K2 5 from fnrinfo.no)', () => {
    expect(isValidFnr('31129956715', 'classic')).toBe(true);
    expect(withFnrControlDigits('311299567')).toBe('31129956715');
    expect(isValidFnr('31129956716')).toBe(false);
  });

  it('accepts D-numbers (first digit + 4) and H-numbers (month + 40)', () => {
    const d = withFnrControlDigits('410190125');
    expect(d && isValidFnr(d)).toBe(true);
    const h = withFnrControlDigits('014190125');
    expect(h && isValidFnr(h)).toBe(true);
    const badDate = withFnrControlDigits('320190125'); // 32 January is no D-number either
    expect(badDate && isValidFnr(badDate)).toBe(false);
  });

  it('accepts K1 remainders 1–3 only under the 2032 rule', () => {
    // By hand for 150576234: S1 = 3·1+7·5+6·0+1·5+8·7+9·6+4·2+5·3+2·4 = 184 ≡ 8 (mod 11).
    // K1 = 3 gives 187 ≡ 0 (classic); K1 = 4 gives ≡ 1 and K1 = 5 gives ≡ 2 (2032 only).
    // K2 then makes 5·1+4·5+3·0+2·5+7·7+6·6+5·2+4·3+3·4+2·K1+K2 ≡ 0: K2 = 5, 3, 1.
    expect(fnrControlDigitsValid('15057623435', 'classic')).toBe(true);
    expect(fnrControlDigitsValid('15057623443', 'classic')).toBe(false);
    expect(fnrControlDigitsValid('15057623443', '2032')).toBe(true);
    expect(fnrControlDigitsValid('15057623451', '2032')).toBe(true);
    expect(fnrControlDigitsValid('15057623460', '2032')).toBe(false);
  });
});
