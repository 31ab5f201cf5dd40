import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translate.ts';
import type { Cell, Metric } from './api.ts';
import { type Goal, goalChartHeight, goalChartOption } from './goal-chart.ts';
import { describeGoal } from './goal-describe.ts';

const da = createTranslator('da');
const en = createTranslator('en');
const shown = (value: number, n = 40): Cell => ({ value, ci: null, n, suppressed: false });
const hidden = (n: number): Cell => ({ value: null, ci: null, n, suppressed: true });
const metric = (over: Partial<Metric>): Metric => ({
  key: 'citizen.satisfaction',
  format: 'mean5',
  higherIsBetter: true,
  participants: { before: shown(3.5), during: hidden(3), after: shown(4.1) },
  comparison: null,
  change: null,
  comparisonChange: null,
  ...over,
});
const limits = { minGroupSize: 5, pulseMinGroupSize: 4 };

type Series = { name: string; data: (number | null)[]; xAxisIndex: number };

describe('goal chart', () => {
  it('leaves a hidden figure out of the drawing instead of drawing it as 0', () => {
    const goal: Goal = { goal: 'citizen', metrics: [metric({})] };
    const option = goalChartOption(goal, da, 'da-DK');
    const series = option.series as Series[];
    expect(series).toHaveLength(1);
    expect(series[0]?.data).toEqual([3.5, null, 4.1]);
    expect(option.legend).toBeUndefined();
    expect(goalChartHeight(goal)).toBeGreaterThan(0);
  });

  it('draws one panel per metric with comparison bars and a legend when there are comparison units', () => {
    const goal: Goal = {
      goal: 'complaints',
      metrics: [
        metric({
          key: 'complaints.rate',
          format: 'per1000',
          comparison: { before: shown(2), during: shown(2.2), after: hidden(1) },
        }),
        metric({ key: 'complaints.medianDays', format: 'days' }),
      ],
    };
    const option = goalChartOption(goal, en, 'en-GB');
    const series = option.series as Series[];
    expect(series.map((s) => [s.name, s.xAxisIndex])).toEqual([
      ['Participants', 0],
      ['Comparison', 0],
      ['Participants', 1],
    ]);
    expect(series[1]?.data).toEqual([2, 2.2, null]);
    expect(option.grid).toHaveLength(2);
    expect(option.legend).toBeDefined();
  });

  it('describes every figure and says why a bar is missing', () => {
    const goal: Goal = { goal: 'citizen', metrics: [metric({})] };
    const text = describeGoal(da, 'da-DK', goal, limits);
    expect(text).toContain(
      'Samlet tilfredshed (1–5) – Deltagere: før 3,50, under skjult (færre end 5; n = 3), efter 4,10.',
    );
    expect(text).toContain('hul');
    const pulse = metric({
      key: 'pulse.local.pulse_support',
      participants: { before: hidden(2), during: shown(3), after: shown(4) },
    });
    expect(describeGoal(en, 'en-GB', { goal: 'employee', metrics: [pulse] }, limits)).toContain(
      'before hidden (fewer than 4; n = 2)',
    );
  });

  it('has no gap sentence when everything is drawn', () => {
    const full = metric({ participants: { before: shown(3), during: shown(3.2), after: shown(3.4) } });
    expect(describeGoal(en, 'en-GB', { goal: 'citizen', metrics: [full] }, limits)).not.toContain('gap');
  });
});
