import { describe, expect, it } from 'vitest';
import { nextLimit, pageView } from './paging.ts';

describe('pageView', () => {
  it('shows a short table whole, without controls', () => {
    expect(pageView(25, 25)).toEqual({ shown: 25, total: 25, more: 0, long: false, expanded: false });
    expect(pageView(0, 25).shown).toBe(0);
  });

  it('shows the first 25 of a long table and offers 25 more', () => {
    const v = pageView(80, 25);
    expect(v).toEqual({ shown: 25, total: 80, more: 25, long: true, expanded: false });
    expect(pageView(80, nextLimit(v)).shown).toBe(50);
  });

  it('offers only what is left, then collapses back to a page', () => {
    const v = pageView(60, 50);
    expect(v.more).toBe(10);
    const all = pageView(60, nextLimit(v));
    expect(all).toMatchObject({ shown: 60, more: 0, expanded: true });
    expect(pageView(60, 0).shown).toBe(25);
  });

  it('keeps the limit when the set shrinks or grows (sorting, filtering)', () => {
    expect(pageView(30, 80)).toMatchObject({ shown: 30, expanded: true });
    expect(pageView(200, 80)).toMatchObject({ shown: 80, more: 25, expanded: false });
  });
});
