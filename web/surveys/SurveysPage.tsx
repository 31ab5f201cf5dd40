import { useCallback } from 'react';
import { Link } from 'wouter';
import { useMe } from '../app/AuthProvider.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PagedControls, usePaged } from '../ui/Paged.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { Badge, EmptyState, ErrorMessage, Loading } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { surveysApi } from './api.ts';
import { CreateSurveyForm } from './CreateSurveyForm.tsx';

/** All surveys of the municipality, and (for analysts and admins) a form for a new one. */
export function SurveysPage() {
  const { t } = useI18n();
  const me = useMe();
  const load = useCallback((signal: AbortSignal) => surveysApi.list({ signal }), []);
  const surveys = useAsync(load);
  const paged = usePaged(surveys.data ?? []);
  const mayManage = me.user.role === 'admin' || me.user.role === 'analyst';
  return (
    <>
      <PageHeader title={t('surveys.title')} intro={t('surveys.intro')} />
      {surveys.loading && !surveys.data && <Loading />}
      {surveys.error !== undefined && <ErrorMessage error={surveys.error} onRetry={surveys.reload} />}
      {surveys.data && surveys.data.length === 0 && <EmptyState>{t('surveys.empty')}</EmptyState>}
      {surveys.data && surveys.data.length > 0 && (
        <section className="table-wrap" aria-label={t('surveys.list')}>
          <table className="table">
            <caption className="visually-hidden">{t('surveys.list')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('surveys.col.title')}</th>
                <th scope="col">{t('surveys.col.status')}</th>
                <th scope="col">{t('surveys.col.version')}</th>
                <th scope="col">{t('surveys.col.responses')}</th>
              </tr>
            </thead>
            <tbody>
              {paged.rows.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link to={`/surveys/${s.id}`}>{s.title}</Link>{' '}
                    <span className="muted">· {t(`surveys.mode.${s.mode}`)}</span>
                  </td>
                  <td>
                    <Badge tone={s.status === 'open' ? 'info' : 'neutral'}>
                      {t(`surveys.status.${s.status}`)}
                    </Badge>
                  </td>
                  <td>{s.version}</td>
                  <td>{s.responseCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <PagedControls paged={paged} label={t('surveys.list')} />
      {mayManage && <CreateSurveyForm onCreated={surveys.reload} />}
    </>
  );
}
