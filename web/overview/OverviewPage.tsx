import { useCallback } from 'react';
import { useMe } from '../app/AuthProvider.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { roleLabel } from '../i18n/terms.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { ErrorMessage, Loading } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { startApi } from './api.ts';
import { IndexCard } from './IndexCard.tsx';
import { ActivityCards, UnitsCard } from './StartLists.tsx';
import './start.css';

/**
 * The start page for every role: how citizens experience the municipality now (index, best and worst
 * units, smiley alerts, initiatives, journeys), each linking onward. Counts live on the organisation page.
 */
export function OverviewPage() {
  const { t } = useI18n();
  const me = useMe();
  const load = useCallback((signal: AbortSignal) => startApi.get({ signal }), []);
  const start = useAsync(load);
  return (
    <>
      <PageHeader
        title={me.municipality.name}
        intro={t('start.intro', { municipality: me.municipality.name })}
      >
        <p className="page-meta">
          {t(`overview.country.${me.municipality.country}`)} ·{' '}
          {t('overview.yourRole', { role: roleLabel(t, me.user.role) })}
        </p>
      </PageHeader>
      {start.error !== undefined && <ErrorMessage error={start.error} onRetry={start.reload} />}
      {start.loading && !start.data && <Loading />}
      {start.data && (
        <div className="start-grid">
          <IndexCard data={start.data} />
          <UnitsCard data={start.data} />
          <ActivityCards data={start.data} />
        </div>
      )}
      <p className="note">{t('overview.minGroupSize', { count: me.municipality.minGroupSize })}</p>
    </>
  );
}
