import { describe, expect, it } from 'vitest';
import type { Verdict } from '../stats/index.ts';
import { verdictSentence } from './report-text.ts';

const verdict = (key: Verdict['key'], p: number): Verdict => ({
  key,
  params: { nBefore: 120, nAfter: 130, minN: 20, alpha: 0.05, p, diff: 0.4, ci: null, effect: 0.2 },
});

describe('verdict sentences', () => {
  it('writes a tiny p-value as "p < 0,001", not "p = 0,000" or "p = < 0,001"', () => {
    const da = verdictSentence('da', verdict('improved', 0.000002));
    expect(da).toContain('justeret p < 0,001');
    expect(da).not.toContain('p = ');
    expect(verdictSentence('en', verdict('worsened', 0.00001))).toContain('adjusted p < 0.001');
  });

  it('writes an ordinary p-value with the locale decimal sign', () => {
    expect(verdictSentence('nb', verdict('improved', 0.0123))).toContain('justert p = 0,012');
    expect(verdictSentence('en', verdict('improved', 0.0123))).toContain('adjusted p = 0.012');
  });
});
