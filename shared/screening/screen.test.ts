import { describe, expect, it } from 'vitest';
import { screenText } from './screen.ts';

describe('screenText', () => {
  it('removes CPR numbers with and without separator', () => {
    const r = screenText('CPR 120324-1234, 1203241234 og 120324 1234.');
    expect(r.text).toBe('CPR [CPR fjernet], [CPR fjernet] og [CPR fjernet].');
    expect(r.found).toEqual({ cpr: 3, fnr: 0, email: 0, phone: 0 });
  });

  it('keeps 10-digit numbers whose date part is invalid', () => {
    expect(screenText('Sagsnr. 3213241234').found.cpr).toBe(0);
  });

  it('removes fødselsnummer and D-numbers with Norwegian markers', () => {
    const r = screenText('fnr 31129956715, dnr 41019012555 og 311299 56715', 'nb');
    expect(r.text).toBe(
      'fnr [fødselsnummer fjernet], dnr [fødselsnummer fjernet] og [fødselsnummer fjernet]',
    );
    expect(r.found.fnr).toBe(3);
  });

  it('leaves 11-digit numbers with wrong control digits', () => {
    expect(screenText('Konto 31129956716').text).toBe('Konto 31129956716');
  });

  it('removes e-mail addresses', () => {
    const r = screenText('Skriv til anna.hansen+sag@aarhus.kommune.dk eller ØRSTED@firma.dk.', 'en');
    expect(r.text).toBe('Skriv til [e-mail removed] eller [e-mail removed].');
    expect(r.found.email).toBe(2);
  });

  it('removes Danish and Norwegian phone numbers in common groupings', () => {
    const r = screenText(
      'Ring 22 34 56 78, +45 22345678, 0045 2234 5678, (+45) 22-34-56-78, +47 912 34 567, 91234567 eller 22.34.56.78.',
    );
    expect(r.found.phone).toBe(7);
    expect(r.text).not.toMatch(/\d/);
  });

  it('does not touch amounts, dates, times, postal codes, years or 6-digit numbers', () => {
    const text =
      'Jeg fik kr. 12.500,00 og 1.234.567 kr. den 12-03-2024 (2024-03-12, 12.03.2024) kl. 12:30 og 12.30-13.30, ' +
      '8000 Aarhus C, 0150 Oslo, i 2023, sag 123456, ref. 12 345 678 kr, NOK 1 250 000.';
    const r = screenText(text);
    expect(r.text).toBe(text);
    expect(r.found).toEqual({ cpr: 0, fnr: 0, email: 0, phone: 0 });
  });

  it('does not match numbers that start with 0 or 1 as phones, nor runs inside longer numbers', () => {
    expect(screenText('12345678 og 02345678').found.phone).toBe(0);
    expect(screenText('IBAN DK50 0040 0440 1162 43').found.phone).toBe(0);
    expect(screenText('223456789').found.phone).toBe(0);
  });

  it('is idempotent and handles empty text', () => {
    const once = screenText('cpr 120324-1234 tlf 22 34 56 78 mail a@b.dk');
    expect(screenText(once.text)).toEqual({ text: once.text, found: { cpr: 0, fnr: 0, email: 0, phone: 0 } });
    expect(screenText('')).toEqual({ text: '', found: { cpr: 0, fnr: 0, email: 0, phone: 0 } });
  });

  it('frees neighbours blocked by a removed identifier', () => {
    const r = screenText('ring 22334455 +4522334455 eller a@b.dk22334455');
    expect(r.text).toBe('ring [telefon fjernet] [telefon fjernet] eller [e-mail fjernet][telefon fjernet]');
    expect(r.found).toEqual({ cpr: 0, fnr: 0, email: 1, phone: 3 });
  });

  it('removes numbers valid only under the 2032 control-digit rule', () => {
    expect(screenText('15057623443', 'nb').text).toBe('[fødselsnummer fjernet]');
  });

  it('reads "year amount" as such, but a prefixed 4+4 number as a phone', () => {
    expect(screenText('Jeg betalte i 2024 2500 kr.').found.phone).toBe(0);
    expect(screenText('+45 2024 2500').found.phone).toBe(1);
  });

  it('removes a phone number next to another number (year, time, postcode, count)', () => {
    expect(screenText('ring … 28 91 45 62 2024 …').text).toBe('ring … [telefon fjernet] 2024 …');
    expect(screenText('+45 28914562 14:45').text).toBe('[telefon fjernet] 14:45');
    expect(screenText('kl. 14:45 +47 912 34 567 3 gange').text).toBe('kl. 14:45 [telefon fjernet] 3 gange');
    expect(screenText('0045 2234 5678 8000 Aarhus').text).toBe('[telefon fjernet] 8000 Aarhus');
  });

  it('still leaves numbers standing next to each other alone when none has a phone shape', () => {
    const text = 'i 1999 2024 2500 kr, 12.03.2024 14:45 8000 Aarhus, 22345678,50 kr og 22.345.678 kr';
    expect(screenText(text).text).toBe(text);
  });
});
