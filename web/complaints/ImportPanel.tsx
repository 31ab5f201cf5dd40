import { type FormEvent, useId, useState } from 'react';
import { IMPORT_FIELDS, REQUIRED_IMPORT_FIELDS } from '../../shared/complaints/import-fields.ts';
import { ApiError } from '../api/errors.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorMessage } from '../ui/Status.tsx';
import { complaintsApi, type ImportPreview, readAsBase64 } from './api.ts';
import { tx } from './labels.ts';

/**
 * CSV/XLSX import in two steps: read the file (header, first rows, suggested mapping), then import all
 * rows or none. Problems come back per row and field and are listed where the user is looking.
 */
export function ImportPanel({ onImported }: { onImported: (count: number) => void }) {
  const { t } = useI18n();
  const fileId = useId();
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Record<string, number>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const read = (event: FormEvent) => {
    event.preventDefault();
    const input = document.getElementById(fileId) as HTMLInputElement | null;
    const chosen = input?.files?.[0];
    if (!chosen) return;
    return run(async () => {
      const content = await readAsBase64(chosen);
      const p = await complaintsApi.preview(chosen.name, content);
      setFile({ name: chosen.name, content });
      setPreview(p);
      setMapping(p.mapping);
    });
  };

  const submit = () =>
    run(async () => {
      if (!file) return;
      const result = await complaintsApi.import(file.name, file.content, mapping);
      setPreview(null);
      setFile(null);
      onImported(result.imported);
    });

  // Columns and sample rows have no identity but their position in the file.
  const columns = (preview?.header ?? []).map((name, index) => ({
    id: `c${index}`,
    index,
    name: name || `#${index + 1}`,
  }));
  const sampleRows = (preview?.sample ?? []).map((cells, index) => ({ id: `r${index}`, cells }));
  const fieldLabel = (f: string) => tx(t, `dialog.field.${f}`, f);
  const problems = error instanceof ApiError ? error.fields.filter((f) => f.path.startsWith('rows.')) : [];
  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">{t('dialog.import.title')}</h2>
      <p className="muted">{t('dialog.import.intro')}</p>
      <form className="form-inline" onSubmit={read}>
        <label className="field-label" htmlFor={fileId}>
          {t('dialog.import.file')}
        </label>
        <input
          id={fileId}
          type="file"
          accept=".csv,.xlsx,text/csv"
          className="input"
          onChange={() => setPreview(null)}
        />
        <button type="submit" className="btn btn-secondary" disabled={busy}>
          {busy ? t('dialog.import.reading') : t('dialog.import.read')}
        </button>
      </form>
      {error instanceof ApiError && (
        <div role="alert" className="alert alert-error">
          <p className="alert-title">{error.message}</p>
          {problems.length > 0 && (
            <>
              <p>{t('dialog.import.problems')}</p>
              <ul className="import-problems">
                {problems.map((p) => {
                  const [, row = '', field = ''] = p.path.split('.');
                  return (
                    <li key={p.path}>
                      {t('dialog.import.problem', { row, field: fieldLabel(field), message: p.message })}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </div>
      )}
      {error !== null && !(error instanceof ApiError) && <ErrorMessage error={error} />}
      {preview && (
        <div className="import-preview">
          <p>{t('dialog.import.rows', { count: preview.rowCount })}</p>
          <fieldset className="fieldset">
            <legend>{t('dialog.import.mapping')}</legend>
            <div className="dialog-grid">
              {IMPORT_FIELDS.map((f) => (
                <div className="field" key={f}>
                  <label className="field-label" htmlFor={`map-${f}`}>
                    {fieldLabel(f)}
                    {!REQUIRED_IMPORT_FIELDS.includes(f) && (
                      <span className="field-optional"> {t('common.optional')}</span>
                    )}
                  </label>
                  <select
                    id={`map-${f}`}
                    className="input"
                    value={mapping[f] ?? ''}
                    onChange={(e) =>
                      setMapping((m) => {
                        const next = { ...m };
                        if (e.target.value === '') delete next[f];
                        else next[f] = Number(e.target.value);
                        return next;
                      })
                    }
                  >
                    <option value="">{t('dialog.import.notMapped')}</option>
                    {columns.map((c) => (
                      <option key={c.id} value={c.index}>
                        {c.name}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
          </fieldset>
          <div className="table-wrap">
            <table className="table table-compact">
              <caption>{t('dialog.import.preview')}</caption>
              <thead>
                <tr>
                  {columns.map((c) => (
                    <th scope="col" key={c.id}>
                      {c.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {sampleRows.map((r) => (
                  <tr key={r.id}>
                    {columns.map((c) => (
                      <td key={c.id}>{r.cells[c.index] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="button" className="btn btn-primary" onClick={submit} disabled={busy}>
            {t('dialog.import.submit')}
          </button>
        </div>
      )}
    </section>
  );
}
