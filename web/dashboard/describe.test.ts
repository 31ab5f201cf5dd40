import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translate.ts';
import type { ComparisonRow, Figure, TrendSeries } from './api.ts';
import { trendOption } from './chart-options.ts';
import { describeComparison, describeTrend, itemLabel } from './describe.ts';
import { dashboardFormat } from './format.ts';

const t = createTranslator('en');
const f = dashboardFormat('en');
const fig = (mean: number | null, status: Figure['status'] = 'shown'): Figure => ({
  status,
  n: status === 'shown' ? 10 : null,
  dontKnow: 0,
  mean,
  sd: null,
  ci: null,
  positiveShare: null,
  positiveCi: null,
  dontKnowShare: null,
  distribution: null,
});

describe('chart descriptions', () => {
  it('names items, and falls back to the id', () => {
    expect(itemLabel(t, 'coherence.language')).toBe('Uses a language I understand');
    expect(itemLabel(t, 'local.x')).toBe('local.x');
  });

  it('describes a trend by its shown points only', () => {
    const series: TrendSeries = {
      itemId: 'index.coherence',
      scaleId: 'agree5',
      reverse: false,
      points: [
        { start: '2026-01-01', partial: false, figure: fig(null, 'suppressed') },
        { start: '2026-02-01', partial: false, figure: fig(3.5) },
        { start: '2026-03-01', partial: false, figure: fig(3.75) },
      ],
    };
    expect(describeTrend(t, f, series, 'month')).toBe(
      'Index: citizen-experienced coherence per month: 2 of 3 periods are shown. First value shown 3.50 (2026-02-01), latest 3.75 (2026-03-01).',
    );
  });

  it('compares whole periods only and names the partial one', () => {
    const series: TrendSeries = {
      itemId: 'index.coherence',
      scaleId: 'agree5',
      reverse: false,
      points: [
        { start: '2026-10-01', partial: false, figure: fig(3.5) },
        { start: '2026-11-01', partial: false, figure: fig(3.75) },
        { start: '2026-12-01', partial: true, figure: fig(2.2) },
      ],
    };
    expect(describeTrend(t, f, series, 'month')).toBe(
      'Index: citizen-experienced coherence per month: 3 of 3 periods are shown. First value shown 3.50 (2026-10-01), latest 3.75 (2026-11-01). Partial periods (not over yet or cut by the chosen period, so not compared): 2026-12-01 2.20.',
    );
    const option = trendOption(series, ['2026-10', '2026-11', '2026-12'], 5);
    const [solid, dashed] = option.series as Array<{ data: unknown[]; lineStyle: { type?: string } }>;
    expect(solid?.data).toEqual([3.5, 3.75, null]);
    expect(dashed?.lineStyle.type).toBe('dashed');
    expect(dashed?.data).toEqual([
      null,
      { value: 3.75, symbol: 'none' },
      { value: 2.2, symbol: 'emptyCircle' },
    ]);
  });

  it('sums up a comparison', () => {
    const row = (name: string, mean: number, marker: ComparisonRow['marker']): ComparisonRow => ({
      unitId: name,
      name,
      figure: fig(mean),
      diff: null,
      p: null,
      pAdjusted: null,
      marker,
    });
    const text = describeComparison(t, f, 'coherence.solutions', [
      row('A', 4.2, 'higher'),
      row('B', 3.1, null),
    ]);
    expect(text).toBe(
      '2 units compared on Finds solutions. Highest: A 4.20. Lowest: B 3.10. 1 significantly higher and 0 significantly lower than the rest.',
    );
    expect(describeComparison(t, f, 'x', [])).toBe('No unit has enough answers to be compared.');
  });
});
