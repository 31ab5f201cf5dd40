import { type FormEvent, useId, useState } from 'react';
import { ApiError } from '../api/errors.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorMessage } from '../ui/Status.tsx';
import { exportUrl, translationsApi } from './api.ts';
import { importFormat, problemLine } from './view.ts';

/**
 * Export a language as XLIFF 2.0 or CSV (plain download links) and import the agency's file. The
 * import is all or nothing; the server's problem (line, element, reason) is shown where the user is
 * looking, and the outcome is announced.
 */
export function FilesPanel({
  lang,
  canEdit,
  onImported,
}: {
  lang: string;
  canEdit: boolean;
  onImported: () => void;
}) {
  const { t } = useI18n();
  const fileId = useId();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = document.getElementById(fileId) as HTMLInputElement | null;
    const file = input?.files?.[0];
    if (!file) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const result = await translationsApi.import(lang, importFormat(file.name), await file.text());
      setDone(t('translations.import.done', { count: result.changed, unchanged: result.unchanged }));
      onImported();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const problems = error instanceof ApiError ? error.fields.filter((f) => problemLine(f.path) !== null) : [];
  return (
    <section className="card" aria-labelledby="files-title">
      <h2 id="files-title">{t('translations.files.title')}</h2>
      <p className="muted">{t('translations.files.intro')}</p>
      <p className="form-actions">
        <a className="btn btn-secondary" href={exportUrl(lang, 'xliff')} download>
          {t('translations.export.xliff')}
        </a>{' '}
        <a className="btn btn-secondary" href={exportUrl(lang, 'csv')} download>
          {t('translations.export.csv')}
        </a>
      </p>
      {canEdit && (
        <form className="form translation-import" onSubmit={submit}>
          <label className="field-label" htmlFor={fileId}>
            {t('translations.import.file')}
          </label>
          <input
            id={fileId}
            type="file"
            accept=".xlf,.xliff,.csv,application/xliff+xml,text/csv"
            className="input"
          />
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('translations.import.busy') : t('translations.import.submit')}
          </button>
        </form>
      )}
      <div aria-live="polite">
        {done && (
          <p className="alert alert-info" role="status">
            {done}
          </p>
        )}
      </div>
      {error instanceof ApiError && (
        <div role="alert" className="alert alert-error">
          <p className="alert-title">{error.message}</p>
          {problems.length > 0 && (
            <>
              <p>{t('translations.import.problems')}</p>
              <ul>
                {problems.map((p) => (
                  <li key={p.path}>
                    {t('translations.import.problem', {
                      line: problemLine(p.path) ?? '',
                      message: p.message,
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {error !== null && !(error instanceof ApiError) && <ErrorMessage error={error} />}
    </section>
  );
}
