import { describe, expect, it } from 'vitest';
import { formatBytes, formatDurationMinutes, numberFormats } from './number.ts';

// Intl puts no-break spaces (U+00A0, U+202F) before "%" and between digit groups; compare with plain ones.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const units = { min: 'min.', h: 't.', d: 'd.' };

describe('numberFormats', () => {
  it('writes Danish with decimal comma and point grouping', () => {
    const f = numberFormats('da');
    expect(f.fixed(23.4, 1)).toBe('23,4');
    expect(plain(f.percent(0.0252, 2))).toBe('2,52 %');
    expect(f.number(12345.678)).toBe('12.345,68');
    expect(f.number(3)).toBe('3');
  });

  it('writes bokmål with decimal comma and space grouping', () => {
    const f = numberFormats('nb');
    expect(f.fixed(23.4, 1)).toBe('23,4');
    expect(plain(f.percent(0.0252, 2))).toBe('2,52 %');
    expect(plain(f.number(12345.678))).toBe('12 345,68');
  });

  it('writes English with decimal point', () => {
    const f = numberFormats('en');
    expect(f.fixed(23.4, 1)).toBe('23.4');
    expect(f.percent(0.0252, 2)).toBe('2.52%');
    expect(f.number(12345.678)).toBe('12,345.68');
  });

  it('never writes "p = < 0,001"', () => {
    expect(numberFormats('da').pValue(0.00001)).toBe('p < 0,001');
    expect(numberFormats('nb').pValue(0.0004)).toBe('p < 0,001');
    expect(numberFormats('en').pValue(0.0004)).toBe('p < 0.001');
    expect(numberFormats('da').pValue(0.0123)).toBe('p = 0,012');
    expect(numberFormats('da').pValue(null)).toBe('p = –');
    expect(numberFormats('da').pBare(0.0001)).toBe('< 0,001');
    expect(numberFormats('en').pBare(0.5)).toBe('0.500');
  });
});

describe('durations and sizes', () => {
  it('formats hours and days with the locale decimal sign', () => {
    expect(formatDurationMinutes('da', 23.4 * 60, units)).toBe('23,4 t.');
    expect(formatDurationMinutes('nb', 3.5 * 1440, { ...units, h: 't', d: 'd' })).toBe('3,5 d');
    expect(formatDurationMinutes('en', 90, { min: 'min', h: 'h', d: 'd' })).toBe('1.5 h');
    expect(formatDurationMinutes('da', 12.4, units)).toBe('12 min.');
  });

  it('formats file sizes', () => {
    expect(formatBytes('da', 1536)).toBe('1,5 KB');
    expect(formatBytes('en', 1536)).toBe('1.5 KB');
    expect(formatBytes('da', 999)).toBe('999 B');
    expect(formatBytes('da', 25_000_000)).toBe('25 MB');
  });
});
