import { useMemo } from 'react';
import { scaleOf, scaleRange } from '../../shared/indicators/scales.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PagedControls, usePaged } from '../ui/Paged.tsx';
import type { TrendInterval, TrendSeries } from './api.ts';
import { Chart } from './Chart.tsx';
import { trendOption } from './chart-options.ts';
import { describeTrend, itemLabel } from './describe.ts';
import { type DashboardFormat, statusText } from './format.ts';

/** Label of a period start: "2026-03" for months, "2026 K1" style for quarters, the date for weeks. */
export function periodLabel(start: string, interval: TrendInterval): string {
  if (interval === 'month') return start.slice(0, 7);
  if (interval === 'quarter') return `${start.slice(0, 4)} Q${Math.floor(Number(start.slice(5, 7)) / 3) + 1}`;
  return start;
}

/** One indicator over time: chart with intervals, description and the same figures as a table. */
export function TrendSection({
  series,
  interval,
  f,
  minN,
  print = false,
}: {
  series: TrendSeries;
  interval: TrendInterval;
  f: DashboardFormat;
  minN: number;
  print?: boolean;
}) {
  const { t } = useI18n();
  const labels = useMemo(() => series.points.map((p) => periodLabel(p.start, interval)), [series, interval]);
  const option = useMemo(
    () => trendOption(series, labels, scaleRange(scaleOf(series.scaleId)).max),
    [series, labels],
  );
  // Printed, every period shows; on screen a long (weekly) series pages like every other table.
  const paged = usePaged(series.points, print ? Number.POSITIVE_INFINITY : undefined);
  const anyPartial = series.points.some((p) => p.partial && p.figure.status === 'shown');
  return (
    <>
      <Chart
        title={`${t('dashboard.trend')}: ${itemLabel(t, series.itemId)}`}
        description={describeTrend(t, f, series, interval)}
        option={option}
        height={320}
        fileName={`trend-${series.itemId}`}
        tableOpen={print}
        table={
          <>
            <table className="table table-compact">
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.col.period')}</th>
                  <th scope="col">{t('dashboard.col.mean')}</th>
                  <th scope="col">{t('dashboard.col.ci')}</th>
                  <th scope="col">{t('dashboard.col.positive')}</th>
                  <th scope="col">{t('dashboard.col.n')}</th>
                </tr>
              </thead>
              <tbody>
                {paged.rows.map((p, i) => (
                  <tr key={p.start}>
                    <th scope="row">
                      {p.partial
                        ? t('dashboard.trend.partialMark', { period: labels[i] ?? p.start })
                        : labels[i]}
                    </th>
                    {p.figure.status === 'shown' ? (
                      <>
                        <td>{f.mean(p.figure.mean)}</td>
                        <td>{f.ci(p.figure.ci)}</td>
                        <td>{f.share(p.figure.positiveShare)}</td>
                        <td>{f.count(p.figure.n)}</td>
                      </>
                    ) : (
                      <td colSpan={4} className="dash-hidden">
                        {statusText(t, p.figure.status, minN)}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
            <PagedControls paged={paged} label={t('dashboard.trend')} />
          </>
        }
      />
      {anyPartial && <p className="note">{t('dashboard.trend.partialLegend')}</p>}
    </>
  );
}
