import { useI18n } from '../../i18n/I18nProvider.tsx';
import { pendingCount } from './queue.ts';
import type { SyncState } from './useSync.ts';

/** Online/offline and what is still waiting, in a polite live region so changes are announced. */
export function SyncStatus({ sync }: { sync: SyncState }) {
  const { t } = useI18n();
  const pending = pendingCount(sync.queue);
  return (
    <div className={`improvement-sync${sync.online ? '' : ' is-offline'}`}>
      <p role="status" aria-live="polite" data-testid="sync-status">
        <strong>{sync.online ? t('improvement.observe.online') : t('improvement.observe.offline')}</strong>
        {' · '}
        {pending > 0 ? t('improvement.observe.pending', { count: pending }) : t('improvement.observe.synced')}
        {sync.failed && sync.online && <> · {t('improvement.observe.syncFailed')}</>}
      </p>
      {pending > 0 && sync.online && (
        <button
          type="button"
          className="btn btn-secondary btn-small"
          onClick={() => void sync.sync()}
          disabled={sync.syncing}
        >
          {t('improvement.observe.syncNow')}
        </button>
      )}
    </div>
  );
}
