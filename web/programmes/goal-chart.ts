import type { EChartsOption } from '../charts/echarts.ts';
import { INK, PRIMARY, SECONDARY } from '../charts/palette.ts';
import type { Translate } from '../i18n/translate.ts';
import type { Cell, GoalsView, Metric, PeriodKey } from './api.ts';
import { formatValue, metricLabel } from './goal-format.ts';

export type Goal = GoalsView['goals'][number];

const PERIODS: PeriodKey[] = ['before', 'during', 'after'];
const PERIOD_KEY = {
  before: 'dialog.goals.before',
  during: 'dialog.goals.during',
  after: 'dialog.goals.after',
} as const;
/** Height of one metric's panel (its title, bars and axis) and of the legend row above the panels. */
const PANEL = 116;
const LEGEND = 28;

/** A drawable value; suppressed and missing figures are null, so the bar is left out (a gap). */
const drawn = (c: Cell) => (c.suppressed ? null : c.value);

const axisFor = (format: Metric['format']) =>
  format === 'mean5'
    ? { min: 1, max: 5, interval: 2 }
    : format === 'share'
      ? { min: 0, max: 1, interval: 0.5 }
      : { min: 0, splitNumber: 2 };

/** Axis ticks need fewer decimals than the figures: "3" rather than "3,00". */
const tickFormat = (tag: string, format: Metric['format']) => {
  const nf = new Intl.NumberFormat(tag, {
    style: format === 'share' ? 'percent' : 'decimal',
    maximumFractionDigits: format === 'share' ? 0 : 1,
  });
  return (v: number) => nf.format(v);
};

/** Pixel height of a goal's chart: one panel per metric, plus the legend when a comparison is drawn. */
export function goalChartHeight(goal: Goal): number {
  return (goal.metrics.some((m) => m.comparison) ? LEGEND : 0) + goal.metrics.length * PANEL;
}

/**
 * Small multiples for one goal: a panel per metric (each on its own scale, since a mean on 1–5 and a
 * rate per 1,000 contacts cannot share an axis) with bars before, during and after for the participants
 * and, where there are comparison units, for them beside it.
 */
export function goalChartOption(goal: Goal, t: Translate, tag: string): EChartsOption {
  const withComparison = goal.metrics.some((m) => m.comparison);
  const top = withComparison ? LEGEND : 0;
  const periods = PERIODS.map((p) => t(PERIOD_KEY[p]));
  const names = { participants: t('dialog.goals.participants'), comparison: t('dialog.goals.comparison') };
  const panels = goal.metrics.map((m, i) => {
    const y = top + i * PANEL;
    const label = (v: number) => formatValue(tag, m.format, v);
    const bars = (name: string, colour: string, cells: Record<PeriodKey, Cell>) => ({
      type: 'bar',
      name,
      xAxisIndex: i,
      yAxisIndex: i,
      barMaxWidth: 22,
      itemStyle: { color: colour },
      label: {
        show: true,
        position: 'top',
        fontSize: 10,
        color: INK,
        formatter: (p: { value: number }) => label(p.value),
      },
      tooltip: { valueFormatter: (v: number | null) => (v === null ? '–' : label(v)) },
      data: PERIODS.map((p) => drawn(cells[p])),
    });
    return {
      title: { text: metricLabel(t, m), top: y, left: 0, textStyle: { fontSize: 12, color: INK } },
      grid: { top: y + 30, height: PANEL - 58, left: 48, right: 12 },
      xAxis: { type: 'category', gridIndex: i, data: periods },
      yAxis: {
        type: 'value',
        gridIndex: i,
        ...axisFor(m.format),
        axisLabel: { formatter: tickFormat(tag, m.format) },
      },
      series: [
        bars(names.participants, PRIMARY, m.participants),
        ...(m.comparison ? [bars(names.comparison, SECONDARY, m.comparison)] : []),
      ],
    };
  });
  return {
    animation: false,
    legend: withComparison ? { top: 0, data: [names.participants, names.comparison] } : undefined,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    title: panels.map((p) => p.title),
    grid: panels.map((p) => p.grid),
    xAxis: panels.map((p) => p.xAxis),
    yAxis: panels.map((p) => p.yAxis),
    series: panels.flatMap((p) => p.series),
  };
}
