import { useCallback } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PagedControls, usePaged } from '../ui/Paged.tsx';
import { EmptyState, ErrorMessage, Loading } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { surveyFiles, surveysApi } from './api.ts';

/** Responses so far per day and channel, and the export links with their group-size rule. */
export function StatsPanel({ surveyId, mayExport }: { surveyId: string; mayExport: boolean }) {
  const { t } = useI18n();
  const load = useCallback((signal: AbortSignal) => surveysApi.stats(surveyId, { signal }), [surveyId]);
  const stats = useAsync(load);
  const files = surveyFiles(surveyId);
  const paged = usePaged(stats.data?.perDay ?? []);
  return (
    <section aria-labelledby="responses">
      <h2 id="responses">{t('surveys.responses')}</h2>
      {stats.loading && !stats.data && <Loading />}
      {stats.error !== undefined && <ErrorMessage error={stats.error} onRetry={stats.reload} />}
      {stats.data && (
        <>
          {stats.data.total > 0 ? (
            <p>{t('surveys.total', { count: stats.data.total })}</p>
          ) : (
            <EmptyState>{t('surveys.responsesEmpty')}</EmptyState>
          )}
          {stats.data.perDay.length > 0 && (
            <>
              <div className="table-wrap">
                <table className="table">
                  <caption className="visually-hidden">{t('surveys.responses')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('surveys.col.day')}</th>
                      <th scope="col">{t('surveys.col.channel')}</th>
                      <th scope="col">{t('surveys.col.count')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {paged.rows.map((r) => (
                      <tr key={`${r.day}-${r.channel}`}>
                        <td>{r.day}</td>
                        <td>{t(`surveys.channel.${r.channel as 'link'}`)}</td>
                        <td>{r.count}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <PagedControls paged={paged} label={t('surveys.responses')} />
            </>
          )}
          {mayExport && (
            <>
              <h3>{t('surveys.export')}</h3>
              <p className="muted">
                {t('surveys.exportNote', {
                  min: stats.data.minGroupSize,
                  text: stats.data.freeTextMinGroupSize,
                })}
              </p>
              <p>
                <a className="btn btn-secondary" href={files.csv} download>
                  {t('surveys.exportCsv')}
                </a>{' '}
                <a className="btn btn-secondary" href={files.xlsx} download>
                  {t('surveys.exportXlsx')}
                </a>
              </p>
            </>
          )}
        </>
      )}
    </section>
  );
}
