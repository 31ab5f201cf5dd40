import { useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ConfirmDialog } from '../ui/Dialog.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { ErrorMessage, Loading } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { AnalysisView } from './analysis/AnalysisView.tsx';
import { deleteLog, getLog } from './api.ts';
import { ImportErrorText } from './ImportErrorText.tsx';
import { ImportProgress } from './ImportProgress.tsx';
import type { EventLog } from './types.ts';
import './eventlog.css';

const RUNNING = new Set(['uploading', 'importing']);

/** One log: its import's progress or failure, then the handover analysis. Polls while importing. */
export function EventLogPage() {
  const { id = '' } = useParams();
  const { t, format } = useI18n();
  const [, navigate] = useLocation();
  const [confirm, setConfirm] = useState(false);
  const state = useAsync(useCallback((signal: AbortSignal) => getLog(id, { signal }), [id]));
  const log = state.data;
  const { setData } = state;

  useEffect(() => {
    if (!log || !RUNNING.has(log.status)) return;
    const timer = setTimeout(() => {
      getLog(id).then(setData, () => {});
    }, 500);
    return () => clearTimeout(timer);
  }, [id, log, setData]);

  if (!log) return state.error ? <ErrorMessage error={state.error} onRetry={state.reload} /> : <Loading />;
  const remove = async () => {
    await deleteLog(log.id);
    navigate('/eventlogs');
  };
  return (
    <>
      <PageHeader title={log.name} intro={summary(log, t, format.number)}>
        <p>
          <Link to="/eventlogs">{t('eventlog.back')}</Link>
        </p>
      </PageHeader>
      {RUNNING.has(log.status) && <ImportProgress log={log} onChange={setData} />}
      {log.status === 'failed' && log.error && (
        <div className="alert alert-error" role="alert">
          <p>{t('eventlog.failed')}</p>
          <p>
            <ImportErrorText error={log.error} />
          </p>
        </div>
      )}
      {log.status === 'cancelled' && <p role="status">{t('eventlog.cancelled')}</p>}
      {log.status === 'ready' && log.skippedTotal > 0 && (
        <div className="alert alert-info">
          {t('eventlog.skipped', { count: log.skippedTotal })}{' '}
          <a href={`/api/v1/eventlogs/${log.id}/skipped.csv`} download>
            {t('eventlog.skippedDownload')}
          </a>
        </div>
      )}
      {log.status === 'ready' && <AnalysisView log={log} />}
      {!RUNNING.has(log.status) && (
        <p>
          <button type="button" className="btn btn-link is-danger" onClick={() => setConfirm(true)}>
            {t('eventlog.delete')}
          </button>
        </p>
      )}
      <ConfirmDialog
        open={confirm}
        title={t('eventlog.delete')}
        body={t('eventlog.deleteConfirm', { name: log.name })}
        confirmLabel={t('eventlog.delete')}
        danger
        onConfirm={remove}
        onCancel={() => setConfirm(false)}
      />
    </>
  );
}

function summary(log: EventLog, t: ReturnType<typeof useI18n>['t'], n: (v: number) => string): string {
  const base = t('eventlog.summary', {
    events: n(log.events),
    cases: n(log.cases),
    format: log.format.toUpperCase(),
  });
  return log.pseudonymisedResources ? `${base} ${t('eventlog.summaryPseudonymised')}` : base;
}
