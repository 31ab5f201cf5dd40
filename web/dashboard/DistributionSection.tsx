import { useMemo } from 'react';
import { type Locale, SCALES } from '../../shared/indicators/index.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { Indicator } from './api.ts';
import { Chart } from './Chart.tsx';
import { distributionOption } from './chart-options.ts';
import { itemLabel } from './describe.ts';
import type { DashboardFormat } from './format.ts';

interface Props {
  indicators: readonly Indicator[];
  f: DashboardFormat;
  print?: boolean;
}

/** Stacked bars of the answer categories, one chart per answer scale (their labels differ). */
export function DistributionSection({ indicators, f, print = false }: Props) {
  const groups = useMemo(() => {
    const shown = indicators.filter((i) => i.figure.status === 'shown' && i.figure.distribution);
    return [...new Set(shown.map((i) => i.scaleId))].map((scaleId) =>
      shown.filter((i) => i.scaleId === scaleId),
    );
  }, [indicators]);
  return (
    <>
      {groups.map((items) => (
        <DistributionChart key={items[0]?.scaleId} indicators={items} f={f} print={print} />
      ))}
    </>
  );
}

/** One scale's items as stacked bars, with the counts as a table. */
function DistributionChart({ indicators: items, f, print = false }: Props) {
  const { t, locale } = useI18n();
  const scale = SCALES[items[0]?.scaleId ?? 'agree5'];
  const pointLabel = (value: number) =>
    scale.points.find((p) => p.value === value)?.label[locale as Locale] ?? String(value);
  const option = useMemo(
    () =>
      distributionOption(
        items,
        items.map((i) => itemLabel(t, i.itemId)),
        (v) => scale.points.find((p) => p.value === v)?.label[locale as Locale] ?? String(v),
      ),
    [items, t, scale, locale],
  );
  if (items.length === 0) return null;
  const values = scale.points.map((p) => p.value).sort((a, b) => a - b);
  return (
    <Chart
      title={t('dashboard.distribution')}
      description={t('dashboard.distribution.describe', { count: items.length })}
      option={option}
      height={72 + items.length * 30}
      fileName="distribution"
      tableOpen={print}
      table={
        <table className="table table-compact">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.col.item')}</th>
              {values.map((v) => (
                <th scope="col" key={v}>
                  {pointLabel(v)}
                </th>
              ))}
              <th scope="col">{t('dashboard.col.n')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={`${i.itemId}|${i.scaleId}`}>
                <th scope="row">{itemLabel(t, i.itemId)}</th>
                {values.map((v) => {
                  const c = i.figure.distribution?.find((d) => d.value === v)?.count ?? 0;
                  return (
                    <td key={v}>
                      {f.count(c)}{' '}
                      <span className="note">({f.share(i.figure.n ? c / i.figure.n : null)})</span>
                    </td>
                  );
                })}
                <td>{f.count(i.figure.n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
