import { useCallback, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { improvementApi } from '../api.ts';
import type { OpenSession } from '../types.ts';

/**
 * Sessions left open, perhaps on another phone: the caller's own and their units' (all for analysts
 * and admins), with device, start and last activity. Each can be continued here or closed.
 */
export function OpenSessions({
  reloadKey,
  activeId,
  onResume,
  onNotice,
}: {
  reloadKey: number;
  activeId: string | null;
  onResume: (session: OpenSession) => Promise<void>;
  onNotice: (message: string) => void;
}) {
  const { t, format } = useI18n();
  const [closing, setClosing] = useState<OpenSession | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [closedKey, setClosedKey] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the keys ask for a fresh list.
  const load = useCallback(
    (signal: AbortSignal) => improvementApi.openSessions({ signal }),
    [reloadKey, closedKey],
  );
  const { data } = useAsync(load);
  const sessions = (data ?? []).filter((s) => s.id !== activeId);
  if (sessions.length === 0) return null;

  const close = async () => {
    if (!closing) return;
    setBusy(true);
    try {
      await improvementApi.closeSession(closing.id);
      setClosing(null);
      setError(null);
      setClosedKey((k) => k + 1);
      onNotice(t('improvement.observe.closed'));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="section" aria-labelledby="open-sessions-title" data-testid="open-sessions">
      <h2 id="open-sessions-title">{t('improvement.observe.openTitle')}</h2>
      <p className="muted">{t('improvement.observe.openIntro')}</p>
      <ul className="improvement-list">
        {sessions.map((s) => (
          <li key={s.id} data-session-id={s.id}>
            {t('improvement.observe.openRow', {
              observer: s.observerName,
              unit: s.unitName,
              device: s.device || t('improvement.observe.unknownDevice'),
              started: format.dateTime(s.startedAt),
              last: format.dateTime(s.lastActivityAt),
            })}{' '}
            {activeId === null && (
              <button type="button" className="btn btn-secondary btn-small" onClick={() => void onResume(s)}>
                {t('improvement.observe.resume')}
              </button>
            )}{' '}
            <button type="button" className="btn btn-danger btn-small" onClick={() => setClosing(s)}>
              {t('improvement.observe.close')}
            </button>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={closing !== null}
        title={t('improvement.observe.close')}
        body={
          closing
            ? t('improvement.observe.closeConfirm', {
                observer: closing.observerName,
                started: format.dateTime(closing.startedAt),
              })
            : ''
        }
        confirmLabel={t('improvement.observe.close')}
        danger
        busy={busy}
        error={error}
        onConfirm={() => void close()}
        onCancel={() => {
          setClosing(null);
          setError(null);
        }}
      />
    </section>
  );
}
