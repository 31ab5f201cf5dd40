import { useCallback } from 'react';
import { Link } from 'wouter';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PagedControls, usePaged } from '../ui/Paged.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { EmptyState, ErrorMessage, Loading } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { listLogs } from './api.ts';
import { UploadForm } from './upload/UploadForm.tsx';
import './eventlog.css';

/** Event logs of the municipality, and the form to import another. Analysts and admins. */
export function EventLogsPage() {
  const { t, format } = useI18n();
  const logs = useAsync(useCallback((signal: AbortSignal) => listLogs({ signal }), []));
  const paged = usePaged(logs.data ?? []);
  return (
    <>
      <PageHeader title={t('eventlog.title')} intro={t('eventlog.intro')} />
      <section className="section" aria-labelledby="eventlog-list-title">
        <h2 id="eventlog-list-title">{t('eventlog.list')}</h2>
        {logs.loading && !logs.data && <Loading />}
        {logs.error ? <ErrorMessage error={logs.error} onRetry={logs.reload} /> : null}
        {logs.data && logs.data.length === 0 && <EmptyState>{t('eventlog.empty')}</EmptyState>}
        {logs.data && logs.data.length > 0 && (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('eventlog.list')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('eventlog.col.name')}</th>
                  <th scope="col">{t('eventlog.col.status')}</th>
                  <th scope="col" className="num">
                    {t('eventlog.col.events')}
                  </th>
                  <th scope="col" className="num">
                    {t('eventlog.col.cases')}
                  </th>
                  <th scope="col">{t('eventlog.col.created')}</th>
                </tr>
              </thead>
              <tbody>
                {paged.rows.map((log) => (
                  <tr key={log.id}>
                    <td>
                      <Link to={`/eventlogs/${log.id}`}>{log.name}</Link>
                    </td>
                    <td>{t(`eventlog.status.${log.status}`)}</td>
                    <td className="num">{format.number(log.events)}</td>
                    <td className="num">{format.number(log.cases)}</td>
                    <td>{format.dateTime(log.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <PagedControls paged={paged} label={t('eventlog.list')} />
      </section>
      <section className="section">
        <UploadForm />
      </section>
    </>
  );
}
