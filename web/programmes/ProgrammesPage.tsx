import { useCallback } from 'react';
import { Link, useLocation } from 'wouter';
import { unitsApi } from '../api/endpoints.ts';
import { useMe } from '../app/AuthProvider.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import './dialog.css';
import { PageHeader } from '../ui/PageHeader.tsx';
import { EmptyState, ErrorMessage, Loading } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { programmesApi } from './api.ts';
import { ProgrammeForm } from './ProgrammeForm.tsx';

/** All dialog programmes, and (for analysts and admins) a form for a new one. */
export function ProgrammesPage() {
  const { t, format } = useI18n();
  const me = useMe();
  const toast = useToast();
  const [, navigate] = useLocation();
  const list = useAsync(useCallback((signal: AbortSignal) => programmesApi.list({ signal }), []));
  const units = useAsync(useCallback((signal: AbortSignal) => unitsApi.list(false, { signal }), []));
  const mayManage = me.user.role === 'admin' || me.user.role === 'analyst';
  return (
    <>
      <PageHeader title={t('dialog.programmes.title')} intro={t('dialog.programmes.intro')} />
      {list.loading && !list.data && <Loading />}
      {list.error !== undefined && <ErrorMessage error={list.error} onRetry={list.reload} />}
      {list.data?.length === 0 && <EmptyState>{t('dialog.programmes.empty')}</EmptyState>}
      {list.data && list.data.length > 0 && (
        <ul className="dialog-list">
          {list.data.map((p) => (
            <li key={p.id}>
              <Link to={`/programmes/${p.id}`}>{p.name}</Link>{' '}
              <span className="muted">
                {t('dialog.programmes.period', { from: format.date(p.startsOn), to: format.date(p.endsOn) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {mayManage && units.data && (
        <ProgrammeForm
          units={units.data.filter((u) => u.kind === 'unit')}
          onDone={(id) => {
            toast({ message: t('dialog.programmes.created') });
            navigate(`/programmes/${id}`);
          }}
        />
      )}
    </>
  );
}
