import { numberFormats } from '../../shared/format/number.ts';
import type { Locale } from '../../shared/i18n/locale.ts';
import type { Translate } from '../i18n/translate.ts';
import type { CellStatus, Figure, Interval } from './api.ts';

/** Number formatters for the dashboard, built once per locale (on shared/format/number.ts). */
export function dashboardFormat(locale: Locale) {
  const n = numberFormats(locale);
  const interval = (i: Interval | null, f: (v: number) => string) =>
    i ? `${f(i.lower)}–${f(i.upper)}` : '–';
  const mean = (v: number) => n.fixed(v, 2);
  const share = (v: number) => n.percent(v, 0);
  return {
    mean: (v: number | null) => (v === null ? '–' : mean(v)),
    share: (v: number | null) => (v === null ? '–' : share(v)),
    count: (v: number | null) => (v === null ? '–' : n.number(v, 0)),
    /** "p < 0,001" or "p = 0,012", the "p" included so it is never written "p = < 0,001". */
    p: (v: number | null) => n.pValue(v),
    ci: (i: Interval | null) => interval(i, mean),
    shareCi: (i: Interval | null) => interval(i, share),
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
