import { useCallback, useState } from 'react';
import { Link } from 'wouter';
import type { RetentionView } from '../../shared/api/lifecycle.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { ErrorMessage, Loading } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { lifecycleApi } from './api.ts';
import { DataPanel } from './DataPanel.tsx';
import { ErasurePanel } from './ErasurePanel.tsx';
import { HoldsPanel } from './HoldsPanel.tsx';
import { RetentionPanel } from './RetentionPanel.tsx';
import { WarningBox } from './WarningBox.tsx';

/** Admin: retention settings with the 14-day warning, legal holds, export and offboarding, erasure. */
export function LifecyclePage() {
  const { t } = useI18n();
  const loaded = useAsync(useCallback((signal: AbortSignal) => lifecycleApi.retention({ signal }), []));
  const [view, setView] = useState<RetentionView | null>(null);
  const current = view ?? loaded.data;
  return (
    <>
      <PageHeader title={t('lifecycle.title')} intro={t('lifecycle.intro')}>
        <Link className="btn btn-secondary" to="/lifecycle/compliance">
          {t('lifecycle.compliance.link')}
        </Link>
      </PageHeader>
      {loaded.error ? (
        <ErrorMessage error={loaded.error} onRetry={loaded.reload} />
      ) : !current ? (
        <Loading />
      ) : (
        <>
          <WarningBox view={current} />
          {/* Keyed by the saved settings, so a save or run shows the server's numbers. */}
          <RetentionPanel key={JSON.stringify(current.settings)} view={current} onChange={setView} />
        </>
      )}
      <HoldsPanel />
      <DataPanel />
      <ErasurePanel />
    </>
  );
}
