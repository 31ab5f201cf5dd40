import type { NumericMetric } from '../../shared/journey/index.ts';
import type { Translate } from '../i18n/translate.ts';

const MINUTE_METRICS: ReadonlySet<string> = new Set([
  'totalDurationMinutes',
  'totalWaitingMinutes',
  'totalElapsedMinutes',
]);

/** "45 min.", "3 t. 20 min." or "12 dage": the coarsest unit that still says something. */
export function formatMinutes(t: Translate, total: number): string {
  if (total < 60) return t('journeys.duration.minutes', { minutes: total });
  if (total < 24 * 60) {
    return t('journeys.duration.hours', { hours: Math.floor(total / 60), minutes: total % 60 });
  }
  return t('journeys.duration.days', { count: Math.round((total / (24 * 60)) * 10) / 10 });
}

/** A metric value as shown in tables: durations in words, shares as percentages. */
export function formatMetric(
  t: Translate,
  formatNumber: (value: number) => string,
  metric: NumericMetric | 'hotspots',
  value: number,
): string {
  if (MINUTE_METRICS.has(metric)) return formatMinutes(t, value);
  if (metric === 'painPointShare') return `${formatNumber(Math.round(value * 100))} %`;
  return formatNumber(value);
}

/** A signed delta ("−5", "+2"), with the typographic minus. */
export function formatDelta(
  t: Translate,
  formatNumber: (value: number) => string,
  metric: NumericMetric,
  delta: number,
): string {
  if (delta === 0) return '0';
  const sign = delta > 0 ? '+' : '−';
  return `${sign}${formatMetric(t, formatNumber, metric, Math.abs(delta))}`;
}

/** Cuts a label for the drawing; the full text stays in the SVG title and the step list. */
export function shorten(text: string, max = 22): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
