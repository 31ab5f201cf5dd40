import { describe, expect, it } from 'vitest';
import { verdict } from './verdict.ts';

const enough = { nBefore: 40, nAfter: 40 };

describe('verdict', () => {
  it('requires both groups at minN', () => {
    expect(verdict({ nBefore: 19, nAfter: 100, p: 0.001, diff: 1 }).key).toBe('too_few');
    expect(verdict({ nBefore: 20, nAfter: 20, p: 0.001, diff: 1 }).key).toBe('improved');
    expect(verdict({ nBefore: 5, nAfter: 5, p: 0.001, diff: 1 }, { minN: 5 }).key).toBe('improved');
    expect(verdict({ ...enough, p: null, diff: null }).key).toBe('too_few');
  });

  it('requires significance, a CI without 0 and agreeing directions', () => {
    expect(verdict({ ...enough, p: 0.05, diff: 1 }).key).toBe('no_difference');
    expect(verdict({ ...enough, p: 0.01, diff: -0.4 }).key).toBe('worsened');
    expect(verdict({ ...enough, p: 0.01, diff: 0.4, ci: { lower: -0.1, upper: 0.9 } }).key).toBe(
      'no_difference',
    );
    expect(verdict({ ...enough, p: 0.01, diff: 0.4, agreeingDirection: -0.1 }).key).toBe('no_difference');
    expect(verdict({ ...enough, p: 0.01, diff: 0 }).key).toBe('no_difference');
  });

  it('returns parameters for the dictionary, not prose', () => {
    const v = verdict({ ...enough, p: 0.01, diff: 0.4, effect: 0.3 }, { alpha: 0.01 });
    expect(v).toEqual({
      key: 'no_difference',
      params: { nBefore: 40, nAfter: 40, minN: 20, alpha: 0.01, p: 0.01, diff: 0.4, ci: null, effect: 0.3 },
    });
  });
});
