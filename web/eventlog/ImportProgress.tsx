import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { cancelLog } from './api.ts';
import type { EventLog } from './types.ts';

/**
 * Progress of a running import: bytes of the file read and events found, then events stored.
 * The server keeps the job; leaving or reloading the page does not stop it.
 */
export function ImportProgress({ log, onChange }: { log: EventLog; onChange: (log: EventLog) => void }) {
  const { t, format } = useI18n();
  const [cancelling, setCancelling] = useState(false);
  const p = log.progress;
  const storing = p?.phase === 'storing';
  const max = storing ? Math.max(p.events, 1) : Math.max(p?.totalBytes ?? log.bytes, 1);
  const value = storing ? p.stored : (p?.bytesRead ?? 0);
  const cancel = async () => {
    setCancelling(true);
    try {
      onChange(await cancelLog(log.id));
    } finally {
      setCancelling(false);
    }
  };
  return (
    <section className="section eventlog-progress" aria-labelledby="eventlog-progress-title">
      <h2 id="eventlog-progress-title">{t(`eventlog.progress.${p?.phase ?? 'uploading'}`)}</h2>
      <progress
        id="eventlog-progress-bar"
        aria-labelledby="eventlog-progress-title"
        max={max}
        value={value}
      />
      <p role="status" aria-live="polite">
        {storing
          ? t('eventlog.progress.stored', {
              stored: format.number(p.stored),
              events: format.number(p.events),
            })
          : t('eventlog.progress.read', {
              done: format.bytes(p?.bytesRead ?? 0),
              total: format.bytes(p?.totalBytes ?? log.bytes),
              events: format.number(p?.events ?? 0),
              cases: format.number(p?.cases ?? 0),
            })}
      </p>
      <p className="muted">{t('eventlog.progress.leave')}</p>
      <button type="button" className="btn btn-secondary" onClick={cancel} disabled={cancelling}>
        {t('eventlog.cancel')}
      </button>
    </section>
  );
}
