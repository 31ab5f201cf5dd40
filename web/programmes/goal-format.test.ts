import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translate.ts';
import type { Change, Metric } from './api.ts';
import { formatCell, formatValue, formatVerdict, metricLabel } from './goal-format.ts';

const da = createTranslator('da');
const en = createTranslator('en');
const change = (key: Change['verdict']['key'], p: number | null): Change => ({
  diff: 0.5,
  ci: null,
  p,
  verdict: {
    key,
    params: { nBefore: 40, nAfter: 40, minN: 20, alpha: 0.05, p, diff: 0.5, ci: null, effect: null },
  },
});

describe('four-goal formatting', () => {
  it('formats values in the locale and hides small groups', () => {
    expect(formatValue('da-DK', 'mean5', 3.456)).toBe('3,46');
    expect(formatValue('en-GB', 'share', 0.716)).toBe('72%');
    expect(formatCell(da, 'da-DK', 'mean5', { value: null, ci: null, n: 3, suppressed: true }).value).toBe(
      'Skjult (n = 3)',
    );
    expect(formatCell(da, 'da-DK', 'mean5', { value: null, ci: null, n: 0, suppressed: false }).value).toBe(
      'Ingen data endnu',
    );
    const cell = formatCell(en, 'en-GB', 'mean5', {
      value: 3.9,
      ci: { lower: 3.7, upper: 4.1 },
      n: 90,
      suppressed: false,
    });
    expect(cell).toEqual({ value: '3.90', detail: '[3.70–4.10] n = 90' });
  });

  it('never overstates: verdict texts follow the key', () => {
    expect(formatVerdict(da, 'da-DK', change('improved', 0.0004)).text).toBe('Forbedret (p < 0,001)');
    expect(formatVerdict(en, 'en-GB', change('improved', 0.0123)).text).toBe('Improved (p = 0.012)');
    expect(formatVerdict(da, 'da-DK', change('too_few', null)).text).toBe(
      'For få data (mindst 20 før og efter)',
    );
    expect(formatVerdict(da, 'da-DK', change('no_difference', 0.4)).text).toBe('Ingen påviselig forskel');
    expect(formatVerdict(da, 'da-DK', null).text).toBe('Ingen test');
  });

  it('names rates with their unit', () => {
    const m = { key: 'complaints.rate', format: 'perMonth' } as Metric;
    expect(metricLabel(en, m)).toBe('Complaints and conflicts per month (no contact volumes)');
  });
});
