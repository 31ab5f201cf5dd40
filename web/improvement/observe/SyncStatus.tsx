import { useI18n } from '../../i18n/I18nProvider.tsx';
import { pendingCount, syncLine } from './queue.ts';
import type { SyncState } from './useSync.ts';

/**
 * Online/offline, the last thing done ("saved") and what still waits to be sent, in ONE polite live
 * region whose text is replaced, not appended: screen readers hear the new line, and nothing stacks up
 * over the page the way repeated toasts would on a phone.
 */
export function SyncStatus({ sync, notice }: { sync: SyncState; notice?: string }) {
  const { t } = useI18n();
  const line = syncLine({ online: sync.online, pending: pendingCount(sync.queue), failed: sync.failed });
  return (
    <div className={`improvement-sync${line.connection === 'online' ? '' : ' is-offline'}`}>
      <p role="status" aria-live="polite" aria-atomic="true" data-testid="sync-status">
        <strong>
          {t(line.connection === 'online' ? 'improvement.observe.online' : 'improvement.observe.offline')}
        </strong>
        {notice ? ` · ${notice}` : ''}
        {' · '}
        {line.waiting > 0
          ? t('improvement.observe.pending', { count: line.waiting })
          : t('improvement.observe.synced')}
        {line.failed ? ` · ${t('improvement.observe.syncFailed')}` : ''}
      </p>
      {line.waiting > 0 && sync.online && (
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
