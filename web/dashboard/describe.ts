import { isPlainKey, type Translate } from '../i18n/translate.ts';
import type { ComparisonRow, TrendInterval, TrendSeries } from './api.ts';
import type { DashboardFormat } from './format.ts';

/** The short label of an item (or the index), falling back to its id. */
export function itemLabel(t: Translate, itemId: string): string {
  const key = `dashboard.item.${itemId}`;
  return isPlainKey(key) ? t(key) : itemId;
}

/** A sentence that says what the trend chart shows, for screen readers and the caption. */
export function describeTrend(
  t: Translate,
  f: DashboardFormat,
  series: TrendSeries,
  interval: TrendInterval,
): string {
  const item = itemLabel(t, series.itemId);
  const shown = series.points.filter((p) => p.figure.status === 'shown');
  // First and latest compare whole periods only: a partial one has fewer answers and a wider interval.
  const whole = shown.filter((p) => !p.partial);
  const first = whole[0];
  const last = whole.at(-1);
  const partial = shown.filter((p) => p.partial);
  const note = partial.length
    ? ` ${t('dashboard.trend.partialNote', {
        periods: partial.map((p) => `${p.start} ${f.mean(p.figure.mean)}`).join(', '),
      })}`
    : '';
  if (!first || !last) return `${t('dashboard.trend.describeEmpty', { item })}${note}`;
  return `${t('dashboard.trend.describe', {
    item,
    interval: t(`dashboard.interval.${interval}`).toLowerCase(),
    shown: shown.length,
    count: series.points.length,
    first: `${f.mean(first.figure.mean)} (${first.start})`,
    last: `${f.mean(last.figure.mean)} (${last.start})`,
  })}${note}`;
}

/** A sentence that sums up a unit comparison: extremes and how many differ significantly. */
export function describeComparison(
  t: Translate,
  f: DashboardFormat,
  itemId: string,
  rows: readonly ComparisonRow[],
): string {
  const shown = rows.filter((r) => r.figure.status === 'shown');
  const top = shown[0];
  const bottom = shown.at(-1);
  if (!top || !bottom) return t('dashboard.comparison.describeEmpty');
  return t('dashboard.comparison.describe', {
    count: shown.length,
    item: itemLabel(t, itemId),
    top: `${top.name} ${f.mean(top.figure.mean)}`,
    bottom: `${bottom.name} ${f.mean(bottom.figure.mean)}`,
    higher: shown.filter((r) => r.marker === 'higher').length,
    lower: shown.filter((r) => r.marker === 'lower').length,
  });
}
