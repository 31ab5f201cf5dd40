import type { Translate } from '../i18n/translate.ts';
import type { CellStatus, Figure, Interval } from './api.ts';

/** Number formatters for the dashboard, built once per locale. */
export function dashboardFormat(tag: string) {
  const mean = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const share = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const p = new Intl.NumberFormat(tag, { maximumSignificantDigits: 2 });
  const count = new Intl.NumberFormat(tag);
  const interval = (i: Interval | null, f: (v: number) => string) =>
    i ? `${f(i.lower)}–${f(i.upper)}` : '–';
  return {
    mean: (v: number | null) => (v === null ? '–' : mean.format(v)),
    share: (v: number | null) => (v === null ? '–' : share.format(v)),
    count: (v: number | null) => (v === null ? '–' : count.format(v)),
    p: (v: number | null) =>
      v === null ? '–' : v < 0.001 ? '< 0,001'.replace(',', tag.startsWith('en') ? '.' : ',') : p.format(v),
    ci: (i: Interval | null) => interval(i, (v) => mean.format(v)),
    shareCi: (i: Interval | null) => interval(i, (v) => share.format(v)),
  };
}

export type DashboardFormat = ReturnType<typeof dashboardFormat>;

/** Why a figure is not shown, in words. */
export function statusText(t: Translate, status: CellStatus, min: number): string {
  if (status === 'suppressed') return t('dashboard.status.suppressed', { min });
  if (status === 'complementary') return t('dashboard.status.complementary');
  return t('dashboard.status.empty');
}

/** True when a figure's numbers may be shown. */
export const isShown = (f: Figure) => f.status === 'shown';
