import { useCallback, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { TextField } from '../ui/Field.tsx';
import { ErrorMessage, Loading, useErrorText } from '../ui/Status.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { EXPORT_URL, lifecycleApi } from './api.ts';

/** Full export (a plain download, streamed) and offboarding behind a typed confirmation. */
export function DataPanel() {
  const { t, format } = useI18n();
  const errorText = useErrorText();
  const preview = useAsync(useCallback((signal: AbortSignal) => lifecycleApi.offboarding({ signal }), []));
  const [confirm, setConfirm] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  if (preview.error) return <ErrorMessage error={preview.error} onRetry={preview.reload} />;
  if (!preview.data) return <Loading />;
  const p = preview.data;
  const offboard = async () => {
    try {
      const r = await lifecycleApi.offboard(confirm);
      setMessage(t('lifecycle.offboard.done', { rows: format.number(r.deletedRows) }));
      window.location.assign('/login');
    } catch (error) {
      setMessage(errorText(error));
    }
  };
  return (
    <>
      <section aria-labelledby="export-title">
        <h2 id="export-title">{t('lifecycle.export.title')}</h2>
        <p>{t('lifecycle.export.intro')}</p>
        {/* A plain link: the browser streams the zip to disk; focus returns here to refresh the state. */}
        <a
          className="btn btn-secondary"
          href={EXPORT_URL}
          download
          onClick={() => setTimeout(preview.reload, 3000)}
        >
          {t('lifecycle.export.download')}
        </a>
      </section>
      <section aria-labelledby="offboard-title">
        <h2 id="offboard-title">{t('lifecycle.offboard.title')}</h2>
        <p>{t('lifecycle.offboard.intro', { slug: p.slug })}</p>
        <p>
          {p.lastExportAt
            ? t('lifecycle.offboard.exported', { at: format.dateTime(p.lastExportAt) })
            : t('lifecycle.offboard.notExported')}
        </p>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void offboard();
          }}
        >
          <TextField
            label={t('lifecycle.offboard.confirm')}
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
            autoComplete="off"
          />
          <div className="form-actions">
            <button type="submit" className="btn btn-danger" disabled={confirm !== p.slug || !p.lastExportAt}>
              {t('lifecycle.offboard.submit')}
            </button>
          </div>
        </form>
        {message && <p role="status">{message}</p>}
      </section>
    </>
  );
}
