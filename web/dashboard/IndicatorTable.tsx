import { Fragment } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { Indicator } from './api.ts';
import { itemLabel } from './describe.ts';
import { type DashboardFormat, statusText } from './format.ts';

const SETS = ['coherence', 'psychcost', 'satisfaction'] as const;

/**
 * Every indicator of the scope in one table, grouped by set: mean with its 95 % interval, share
 * positive with its interval, n and share "ved ikke". Hidden figures say why.
 */
export function IndicatorTable({
  indicators,
  f,
  minN,
}: {
  indicators: readonly Indicator[];
  f: DashboardFormat;
  minN: number;
}) {
  const { t } = useI18n();
  const twoScales = new Set(indicators.map((i) => `${i.itemId}`)).size < indicators.length;
  return (
    <div className="table-wrap">
      <table className="table dash-table">
        <caption>{t('dashboard.overviewCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.col.item')}</th>
            <th scope="col">{t('dashboard.col.mean')}</th>
            <th scope="col">{t('dashboard.col.ci')}</th>
            <th scope="col">{t('dashboard.col.positive')}</th>
            <th scope="col">{t('dashboard.col.n')}</th>
            <th scope="col">{t('dashboard.col.dontKnow')}</th>
          </tr>
        </thead>
        <tbody>
          {SETS.map((set) => {
            const rows = indicators.filter((i) => i.setKey === set);
            if (rows.length === 0) return null;
            return (
              <Fragment key={set}>
                <tr className="dash-set-row">
                  <th scope="colgroup" colSpan={6}>
                    {t(`dashboard.set.${set}`)}
                  </th>
                </tr>
                {rows.map((ind) => (
                  <tr
                    key={`${ind.itemId}|${ind.scaleId}`}
                    className={ind.itemId === 'index.coherence' ? 'dash-index-row' : undefined}
                  >
                    <th scope="row">
                      {itemLabel(t, ind.itemId)}
                      {twoScales && <span className="note"> ({t(`dashboard.scale.${ind.scaleId}`)})</span>}
                    </th>
                    {ind.figure.status === 'shown' ? (
                      <>
                        <td>{f.mean(ind.figure.mean)}</td>
                        <td>{f.ci(ind.figure.ci)}</td>
                        <td>
                          {f.share(ind.figure.positiveShare)}{' '}
                          <span className="note">({f.shareCi(ind.figure.positiveCi)})</span>
                        </td>
                        <td>{f.count(ind.figure.n)}</td>
                        <td>{f.share(ind.figure.dontKnowShare)}</td>
                      </>
                    ) : (
                      <td colSpan={5} className="dash-hidden">
                        {statusText(t, ind.figure.status, minN)}
                      </td>
                    )}
                  </tr>
                ))}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
