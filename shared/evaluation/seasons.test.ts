import { describe, expect, it } from 'vitest';
import { easterSunday, seasonalDifferences, seasonalPeriods } from './seasons.ts';

describe('seasonal periods', () => {
  it('finds Easter Sunday for known years', () => {
    expect(easterSunday(2024).toISOString().slice(0, 10)).toBe('2024-03-31');
    expect(easterSunday(2025).toISOString().slice(0, 10)).toBe('2025-04-20');
    expect(easterSunday(2026).toISOString().slice(0, 10)).toBe('2026-04-05');
  });

  it('names the season and the holiday periods a span touches', () => {
    expect(seasonalPeriods({ start: '2026-07-10', end: '2026-07-12' })).toEqual(['summer', 'summer_holiday']);
    expect(seasonalPeriods({ start: '2026-12-28', end: '2027-01-05' })).toEqual(['winter', 'christmas']);
    // 2026: ISO week 7 starts Monday 9 February.
    expect(seasonalPeriods({ start: '2026-02-09', end: '2026-02-09' })).toEqual(['winter', 'winter_break']);
    expect(seasonalPeriods({ start: '2026-04-02', end: '2026-04-02' })).toEqual(['spring', 'easter']);
    expect(seasonalPeriods({ start: '2026-10-01', end: '2026-10-31' })).toEqual(['autumn']);
  });

  it('returns only the periods that differ between before and after', () => {
    const d = seasonalDifferences(
      { start: '2026-05-01', end: '2026-07-31' },
      { start: '2026-09-01', end: '2026-11-30' },
    );
    expect(d.onlyBefore).toEqual(['spring', 'summer', 'summer_holiday']);
    expect(d.onlyAfter).toEqual(['autumn']);
  });

  it('returns nothing when both periods fall in the same season without holidays', () => {
    const d = seasonalDifferences(
      { start: '2025-10-01', end: '2025-10-31' },
      { start: '2026-10-01', end: '2026-10-31' },
    );
    expect(d).toEqual({ onlyBefore: [], onlyAfter: [] });
  });
});
