import { describe, expect, it } from 'vitest';
import { pt } from './i18n.ts';

describe('public page texts', () => {
  it('use the plural form that fits the count, not "problem(er)"', () => {
    expect(pt('da', 'errorsTitle', { count: 1 })).toBe('Der er 1 problem med dine svar');
    expect(pt('da', 'errorsTitle', { count: 2 })).toBe('Der er 2 problemer med dine svar');
    expect(pt('nb', 'errorsTitle', { count: 1 })).toBe('Det er 1 problem med svarene dine');
    expect(pt('en', 'errorsTitle', { count: 1 })).toBe('There is 1 problem with your answers');
    expect(pt('en', 'errorsTitle', { count: 3 })).toBe('There are 3 problems with your answers');
  });
});
