import { describe, expect, it } from 'vitest';
import { defaultPeriod, monthEnd, nextDay, planTiers, wholeMonths } from './period.ts';

// Expected values worked out by hand from a calendar.
describe('periods', () => {
  it('widens a period to whole months', () => {
    expect(wholeMonths('2025-01-15', '2025-04-10')).toEqual({ from: '2025-01-01', to: '2025-05-01' });
    expect(wholeMonths('2025-12-01', '2025-12-31')).toEqual({ from: '2025-12-01', to: '2026-01-01' });
    expect(wholeMonths('2025-03-01', '2025-01-01')).toEqual({ from: '2025-03-01', to: '2025-04-01' });
  });

  it('reads weeks for weekly trends and months otherwise', () => {
    expect(planTiers('week')).toEqual({ grain: 'w', unit: 'week' });
    expect(planTiers('quarter')).toEqual({ grain: 'm', unit: 'month' });
    expect(planTiers()).toEqual({ grain: 'm', unit: 'month' });
  });

  it('crosses year ends and leap days', () => {
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2025-12-31')).toBe('2026-01-01');
    expect(monthEnd('2024-02-10')).toBe('2024-02-29');
    expect(defaultPeriod(new Date('2026-11-23T12:00:00Z'))).toEqual({ from: '2025-12-01', to: '2026-11-23' });
  });
});
