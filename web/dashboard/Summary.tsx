import { useI18n } from '../i18n/I18nProvider.tsx';
import type { Overview } from './api.ts';
import { type DashboardFormat, statusText } from './format.ts';

/** The headline: respondents in scope and the overall index, with how the index is computed. */
export function IndexSummary({ overview, f }: { overview: Overview; f: DashboardFormat }) {
  const { t } = useI18n();
  const index = overview.indicators.find((i) => i.itemId === 'index.coherence');
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
              max: index.scaleId === 'agree6' ? 6 : 5,
            })}
            {` (${t('dashboard.col.ci')} ${f.ci(index.figure.ci)})`}
          </>
        )}
      </p>
      <p className="note">{t('dashboard.indexExplain')}</p>
      {index?.figure.status === 'shown' && (
        <p className="note" id="dash-index-positive">
          {t('dashboard.col.positive')}: {f.share(index.figure.positiveShare)} (
          {f.shareCi(index.figure.positiveCi)}).{' '}
          {t('dashboard.indexPositiveExplain', { threshold: index.scaleId === 'agree6' ? 5 : 4 })}
        </p>
      )}
    </div>
  );
}

/** The method note shown under the dashboard and in the printed report. */
export function MethodNote({ minN }: { minN: number }) {
  const { t } = useI18n();
  return (
    <section className="section dash-method" aria-labelledby="dash-method">
      <h2 id="dash-method">{t('dashboard.method')}</h2>
      <p>{t('dashboard.method.body', { min: minN })}</p>
      <p>{t('dashboard.indexExplain')}</p>
      <p>{t('dashboard.indexPositiveExplain', { threshold: 4 })}</p>
    </section>
  );
}
