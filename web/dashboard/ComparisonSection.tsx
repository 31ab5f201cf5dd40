import { useMemo } from 'react';
import { scaleOf, scaleRange } from '../../shared/indicators/scales.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PagedControls, usePaged } from '../ui/Paged.tsx';
import type { ComparisonSeries } from './api.ts';
import { Chart } from './Chart.tsx';
import { comparisonOption } from './chart-options.ts';
import { describeComparison, itemLabel } from './describe.ts';
import { type DashboardFormat, statusText } from './format.ts';

/**
 * Units side by side for one indicator, sorted by mean, with intervals and a marker (▲/▼ and colour,
 * never colour alone) where a unit differs significantly from the rest after Holm's adjustment.
 */
export function ComparisonSection({
  series,
  f,
  minN,
  print = false,
}: {
  series: ComparisonSeries;
  f: DashboardFormat;
  minN: number;
  print?: boolean;
}) {
  const { t } = useI18n();
  // Printed, every unit shows; on screen the first 25 and the controls under the table.
  const paged = usePaged(series.rows, print ? Number.POSITIVE_INFINITY : undefined);
  const shownCount = series.rows.filter((r) => r.figure.status === 'shown').length;
  const option = useMemo(
    () => comparisonOption(series.rows, scaleRange(scaleOf(series.scaleId)).max),
    [series],
  );
  return (
    <Chart
      title={`${t('dashboard.comparison')}: ${itemLabel(t, series.itemId)}`}
      description={describeComparison(t, f, series.itemId, series.rows)}
      option={option}
      height={Math.max(160, 48 + shownCount * 22)}
      fileName={`comparison-${series.itemId}`}
      tableOpen={print}
      table={
        <>
          <table className="table table-compact">
            <thead>
              <tr>
                <th scope="col">{t('dashboard.col.unit')}</th>
                <th scope="col">{t('dashboard.col.mean')}</th>
                <th scope="col">{t('dashboard.col.ci')}</th>
                <th scope="col">{t('dashboard.col.n')}</th>
                <th scope="col">{t('dashboard.col.diff')}</th>
                <th scope="col">{t('dashboard.col.significance')}</th>
              </tr>
            </thead>
            <tbody>
              {paged.rows.map((r) => (
                <tr key={r.unitId}>
                  <th scope="row">{r.name}</th>
                  {r.figure.status === 'shown' ? (
                    <>
                      <td>{f.mean(r.figure.mean)}</td>
                      <td>{f.ci(r.figure.ci)}</td>
                      <td>{f.count(r.figure.n)}</td>
                      <td>{f.mean(r.diff)}</td>
                      <td>
                        {t(`dashboard.marker.${r.marker ?? 'none'}`)}{' '}
                        <span className="note">({f.p(r.pAdjusted)})</span>
                      </td>
                    </>
                  ) : (
                    <td colSpan={5} className="dash-hidden">
                      {statusText(t, r.figure.status, minN)}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <PagedControls paged={paged} label={t('dashboard.comparison')} />
        </>
      }
    />
  );
}
