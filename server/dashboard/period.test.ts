import { describe, expect, it } from 'vitest';
import { defaultPeriod, nextDay, planTiers } from './period.ts';

// Expected plans worked out by hand from a calendar.
describe('planTiers', () => {
  it('uses the month tier for whole months and days for the edges', () => {
    expect(planTiers({ from: '2025-01-15', to: '2025-04-10' })).toEqual({
      months: { from: '2025-02-01', to: '2025-04-01' },
      days: [
        { from: '2025-01-15', to: '2025-02-01' },
        { from: '2025-04-01', to: '2025-04-10' },
      ],
    });
  });

  it('needs no day tier for a range of whole months', () => {
    expect(planTiers({ from: '2025-01-01', to: '2026-01-01' })).toEqual({
      months: { from: '2025-01-01', to: '2026-01-01' },
      days: [],
    });
  });

  it('reads days only inside one month, for weeks, and nothing for an empty range', () => {
    expect(planTiers({ from: '2025-03-03', to: '2025-03-20' }).months).toBeNull();
    expect(planTiers({ from: '2025-01-01', to: '2026-01-01' }, 'week')).toEqual({
      months: null,
      days: [{ from: '2025-01-01', to: '2026-01-01' }],
    });
    expect(planTiers({ from: '2025-03-03', to: '2025-03-03' })).toEqual({ months: null, days: [] });
  });

  it('crosses year ends and leap days', () => {
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2025-12-31')).toBe('2026-01-01');
    expect(defaultPeriod(new Date('2026-11-23T12:00:00Z'))).toEqual({ from: '2025-12-01', to: '2026-11-23' });
  });
});
