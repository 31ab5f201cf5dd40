import { scaleOf, scaleRange } from '../../shared/indicators/scales.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { Overview } from './api.ts';
import { type DashboardFormat, statusText } from './format.ts';

/** The overall index among the overview's indicators (its scale decides the top value and what is positive). */
export const indexIndicator = (overview: Overview | undefined) =>
  overview?.indicators.find((i) => i.itemId === 'index.coherence');

/** The headline: respondents in scope and the overall index, with how the index is computed. */
export function IndexSummary({ overview, f }: { overview: Overview; f: DashboardFormat }) {
  const { t } = useI18n();
  const index = indexIndicator(overview);
  const scale = scaleOf(index?.scaleId);
  const { respondents } = overview;
  if (respondents.status === 'empty') return <p className="alert alert-info">{t('dashboard.noData')}</p>;
  return (
    <div className="dash-summary">
      <dl className="figures">
        <div className="figure">
          <dt>{t('dashboard.indexCard')}</dt>
          <dd>
            {index?.figure.status === 'shown'
              ? f.mean(index.figure.mean)
              : statusText(t, index?.figure.status ?? 'empty', overview.scope.minGroupSize)}
          </dd>
        </div>
      </dl>
      <p>
        {respondents.status === 'shown'
          ? t('dashboard.respondents', { count: respondents.n ?? 0 })
          : t('dashboard.respondentsHidden')}
        {index?.figure.status === 'shown' && (
          <>
            {' · '}
            {t('dashboard.indexValue', {
              mean: f.mean(index.figure.mean),
              max: scaleRange(scale).max,
            })}
            {` (${t('dashboard.col.ci')} ${f.ci(index.figure.ci)})`}
          </>
        )}
      </p>
      <p className="note">{t('dashboard.respondentsExplain')}</p>
      <p className="note">{t('dashboard.indexExplain')}</p>
      {index?.figure.status === 'shown' && (
        <p className="note" id="dash-index-positive">
          {t('dashboard.col.positive')}: {f.share(index.figure.positiveShare)} (
          {f.shareCi(index.figure.positiveCi)}).{' '}
          {t('dashboard.indexPositiveExplain', { threshold: scale.positiveThreshold })}
        </p>
      )}
    </div>
  );
}

/** The method note shown under the dashboard and in the printed report. */
export function MethodNote({ minN, overview }: { minN: number; overview: Overview | undefined }) {
  const { t } = useI18n();
  return (
    <section className="section dash-method" aria-labelledby="dash-method">
      <h2 id="dash-method">{t('dashboard.method')}</h2>
      <p>{t('dashboard.method.body', { min: minN })}</p>
      <p>{t('dashboard.indexExplain')}</p>
      <p>
        {t('dashboard.indexPositiveExplain', {
          threshold: scaleOf(indexIndicator(overview)?.scaleId).positiveThreshold,
        })}
      </p>
    </section>
  );
}
