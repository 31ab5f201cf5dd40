import { type FormEvent, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { CheckboxField, TextField } from '../../ui/Field.tsx';
import { ErrorMessage } from '../../ui/Status.tsx';
import { cancelLog, createLog, uploadFile } from '../api.ts';
import { ImportErrorText } from '../ImportErrorText.tsx';
import { AttributeChoices } from './AttributeChoices.tsx';
import { CsvSettingsFields } from './CsvSettingsFields.tsx';
import { useUploadForm } from './useUploadForm.ts';

/**
 * Choose a file (XES, .xes.gz or CSV), check the preview and the privacy choices, and upload.
 * After the upload the import runs on the server; the log's page shows its progress.
 */
export function UploadForm() {
  const { t, format } = useI18n();
  const [, navigate] = useLocation();
  const form = useUploadForm();
  const [name, setName] = useState('');
  const [pseudonymise, setPseudonymise] = useState(false);
  const [skipBad, setSkipBad] = useState(false);
  const [sent, setSent] = useState<number | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const abort = useRef<AbortController | null>(null);
  const logId = useRef<string | null>(null);
  const { file, preview, csv } = form;
  const csvReady = !csv || (csv.caseId && csv.activity && csv.timestamp);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || !preview || !csvReady) return;
    setFailure(null);
    abort.current = new AbortController();
    logId.current = null;
    try {
      const log = await createLog({
        name: name.trim() || file.name,
        format: preview.format,
        csv: csv
          ? {
              caseId: csv.caseId,
              activity: csv.activity,
              timestamp: csv.timestamp,
              ...(csv.resource ? { resource: csv.resource } : {}),
              ...(csv.group ? { group: csv.group } : {}),
              ...(csv.lifecycle ? { lifecycle: csv.lifecycle } : {}),
              delimiter: csv.delimiter,
              encoding: csv.encoding,
              dateOrder: csv.dateOrder,
            }
          : null,
        keepCaseAttributes: form.kept('case'),
        keepEventAttributes: form.kept('event'),
        pseudonymiseResources: pseudonymise,
        skipBadRows: skipBad,
      });
      logId.current = log.id;
      setSent(0);
      await uploadFile(log.id, file, setSent, abort.current.signal);
      navigate(`/eventlogs/${log.id}`);
    } catch (e) {
      // Cancelled by the user: the log's page says "cancelled"; anything else is shown here.
      if (abort.current?.signal.aborted && logId.current) return navigate(`/eventlogs/${logId.current}`);
      setFailure(e);
      setSent(null);
    }
  };

  const cancelUpload = async () => {
    // Tell the server first, so the log reads "cancelled" rather than a broken upload; then stop sending.
    if (logId.current) await cancelLog(logId.current).catch(() => undefined);
    abort.current?.abort();
  };

  return (
    <form className="form" onSubmit={submit} aria-labelledby="eventlog-upload-title">
      <h2 id="eventlog-upload-title">{t('eventlog.upload.title')}</h2>
      <div className="field">
        <label className="field-label" htmlFor="eventlog-file">
          {t('eventlog.upload.file')}
        </label>
        <p className="field-hint" id="eventlog-file-hint">
          {t('eventlog.upload.fileHint')}
        </p>
        <input
          id="eventlog-file"
          type="file"
          accept=".xes,.gz,.csv,.txt,.tsv"
          aria-describedby="eventlog-file-hint"
          onChange={(e) => form.choose(e.target.files?.[0] ?? null)}
        />
      </div>
      {form.busy && <p role="status">{t('eventlog.upload.reading')}</p>}
      {form.error ? <ErrorMessage error={form.error} /> : null}
      {preview?.error && (
        <div className="alert alert-error" role="alert">
          <ImportErrorText error={preview.error} />
        </div>
      )}
      {preview && !preview.error && (
        <>
          <p role="status">
            {t(preview.format === 'xes' ? 'eventlog.upload.isXes' : 'eventlog.upload.isCsv')}
          </p>
          {preview.csv && csv && (
            <CsvSettingsFields preview={preview.csv} choice={csv} onChange={form.changeCsv} />
          )}
          <AttributeChoices
            attributes={form.attributes}
            roles={form.roles}
            allowed={form.allowed}
            onChange={form.setRole}
          />
          <TextField
            label={t('eventlog.upload.name')}
            optional
            value={name}
            placeholder={file?.name}
            onChange={(e) => setName(e.target.value)}
          />
          <CheckboxField
            label={t('eventlog.upload.pseudonymise')}
            hint={t('eventlog.upload.pseudonymiseHint')}
            checked={pseudonymise}
            onChange={(e) => setPseudonymise(e.target.checked)}
          />
          <CheckboxField
            label={t('eventlog.upload.skipBad')}
            hint={t('eventlog.upload.skipBadHint')}
            checked={skipBad}
            onChange={(e) => setSkipBad(e.target.checked)}
          />
          <p className="field-hint">{t('eventlog.upload.caseIdNote')}</p>
          {sent !== null && file ? (
            <div className="eventlog-progress">
              <label htmlFor="eventlog-upload-progress">{t('eventlog.progress.uploading')}</label>
              <progress id="eventlog-upload-progress" max={file.size} value={sent} />
              <span>
                {t('eventlog.progress.bytes', { done: format.bytes(sent), total: format.bytes(file.size) })}
              </span>
              <button type="button" className="btn btn-secondary" onClick={cancelUpload}>
                {t('eventlog.cancel')}
              </button>
            </div>
          ) : (
            <div className="form-actions">
              <button type="submit" className="btn btn-primary" disabled={!csvReady}>
                {t('eventlog.upload.start')}
              </button>
            </div>
          )}
        </>
      )}
      {failure ? <ErrorMessage error={failure} /> : null}
    </form>
  );
}
