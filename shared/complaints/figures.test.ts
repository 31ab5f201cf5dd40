import { describe, expect, it } from 'vitest';
import { compareRates, compareShares } from './compare.ts';
import { addMonths, daysBetween, parseDate } from './dates.ts';
import { complaintFigures, median, monthlyTrend, monthsBetween, poissonInterval } from './figures.ts';

describe('complaint figures', () => {
  it('computes count, rate per 1,000 contacts, shares and median time to answer', () => {
    const facts = [
      { aboutProcess: true, aboutDecision: false, daysToAnswer: 10 },
      { aboutProcess: true, aboutDecision: true, daysToAnswer: 20 },
      { aboutProcess: false, aboutDecision: true, daysToAnswer: null },
      { aboutProcess: true, aboutDecision: false, daysToAnswer: 5 },
    ];
    const f = complaintFigures(facts, 2000);
    expect(f.count).toBe(4);
    expect(f.ratePer1000).toBe(2);
    expect(f.processShare).toBe(0.75);
    expect(f.decisionShare).toBe(0.5);
    expect(f.medianDaysToAnswer).toBe(10);
    expect(f.answered).toBe(3);
    expect(f.rateCi!.lower).toBeLessThan(2);
    expect(f.rateCi!.upper).toBeGreaterThan(2);
  });

  it('gives no rate without contact volume', () => {
    const f = complaintFigures([], null);
    expect(f).toMatchObject({
      count: 0,
      ratePer1000: null,
      rateCi: null,
      processShare: null,
      medianDaysToAnswer: null,
    });
  });

  it('medians and Poisson intervals match known values', () => {
    expect(median([3, 1, 2, 4])).toBe(2.5);
    expect(median([])).toBeNull();
    const ci = poissonInterval(10);
    // Exact Garwood interval for 10: 4.795–18.390.
    expect(ci.lower).toBeCloseTo(4.795, 1);
    expect(ci.upper).toBeCloseTo(18.39, 1);
    expect(poissonInterval(0).lower).toBe(0);
  });

  it('trends and month ranges', () => {
    expect(
      monthlyTrend([
        { month: 'a', count: 1 },
        { month: 'b', count: 2 },
      ]),
    ).toBeNull();
    expect(monthlyTrend([1, 2, 3, 4].map((c) => ({ month: String(c), count: c * 2 })))).toBeCloseTo(2);
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });
});

describe('before/after comparisons never overstate', () => {
  it('finds fewer complaints per 1,000 contacts when the drop is large', () => {
    const c = compareRates(
      { count: 60, exposure: 10_000 },
      { count: 25, exposure: 10_000 },
      { scale: 1000 },
    )!;
    expect(c.rateBefore).toBeCloseTo(6);
    expect(c.rateAfter).toBeCloseTo(2.5);
    expect(c.diff).toBeCloseTo(3.5);
    expect(c.verdict.key).toBe('improved');
  });

  it('says too few when the counts are small, whatever the change', () => {
    expect(compareRates({ count: 8, exposure: 6 }, { count: 2, exposure: 6 })!.verdict.key).toBe('too_few');
  });

  it('says no difference for similar rates', () => {
    expect(compareRates({ count: 40, exposure: 6 }, { count: 38, exposure: 6 })!.verdict.key).toBe(
      'no_difference',
    );
  });

  it('compares shares with orientation', () => {
    const c = compareShares({ successes: 60, n: 80 }, { successes: 20, n: 60 }, { orientation: -1 })!;
    expect(c.diff).toBeGreaterThan(0);
    expect(c.ci!.lower).toBeGreaterThan(0);
    expect(c.verdict.key).toBe('improved');
    expect(compareShares({ successes: 0, n: 0 }, { successes: 1, n: 2 })).toBeNull();
  });
});

describe('dates', () => {
  it('reads ISO and day-first dates and refuses impossible ones', () => {
    expect(parseDate('2024-03-12')).toBe('2024-03-12');
    expect(parseDate('12.03.2024')).toBe('2024-03-12');
    expect(parseDate('1/3/2024')).toBe('2024-03-01');
    expect(parseDate('31.02.2024')).toBeNull();
    expect(parseDate('next tuesday')).toBeNull();
    expect(daysBetween('2024-03-01', '2024-03-15')).toBe(14);
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-03-15', -6)).toBe('2023-09-15');
  });
});
