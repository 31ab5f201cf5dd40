import { useState } from 'react';
import { ApiError } from '../api/errors.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useErrorText } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import { type TranslationEntry, translationsApi } from './api.ts';
import { isEditable } from './view.ts';

interface Props {
  lang: string;
  dir: 'ltr' | 'rtl';
  source: string;
  entry: TranslationEntry;
  canEdit: boolean;
  onSaved: (entry: TranslationEntry) => void;
}

/**
 * One text side by side: the source, the translation (in the language's own `lang` and direction) and
 * its status. Validated and locked indicator wording is shown, never offered for editing: the API
 * refuses to change it (409) and never lets a municipality claim "validated".
 */
export function TextRow({ lang, dir, source, entry, canEdit, onSaved }: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const errorText = useErrorText();
  const [text, setText] = useState(entry.text ?? '');
  const [status, setStatus] = useState<'reviewed' | 'unreviewed'>(
    entry.status === 'reviewed' ? 'reviewed' : 'unreviewed',
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const editable = canEdit && isEditable(entry);
  const id = `t-${entry.key.replace(/[^\w-]/g, '_')}`;

  const save = async () => {
    if (text.trim() === '') return setError(t('translations.empty'));
    setBusy(true);
    setError(null);
    try {
      const saved = await translationsApi.save(lang, { key: entry.key, text, status });
      onSaved(saved.text);
      toast({ message: t('translations.saved', { key: entry.key }), tone: 'success' });
    } catch (e) {
      setError(e instanceof ApiError ? (e.fields[0]?.message ?? e.message) : errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <tr data-key={entry.key}>
      <th scope="row">
        <code>{entry.key}</code>
      </th>
      <td lang={source}>{entry.source}</td>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-text`}>
          {t('translations.textLabel', { key: entry.key })}
        </label>
        <textarea
          id={`${id}-text`}
          className="input"
          lang={lang}
          dir={dir}
          rows={2}
          value={text}
          readOnly={!editable}
          maxLength={2000}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : entry.locked ? `${id}-locked` : undefined}
          onChange={(e) => setText(e.target.value)}
        />
        {entry.locked && (
          <p className="field-hint" id={`${id}-locked`}>
            {t('translations.locked')}
          </p>
        )}
        {error && (
          <p className="field-error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
      </td>
      <td>
        {editable ? (
          <>
            <label className="visually-hidden" htmlFor={`${id}-status`}>
              {t('translations.statusLabel', { key: entry.key })}
            </label>
            <select
              id={`${id}-status`}
              className="input input-compact"
              value={status}
              onChange={(e) => setStatus(e.target.value === 'reviewed' ? 'reviewed' : 'unreviewed')}
            >
              <option value="unreviewed">{t('translations.status.unreviewed')}</option>
              <option value="reviewed">{t('translations.status.reviewed')}</option>
            </select>
          </>
        ) : (
          entry.status && <span>{t(`translations.status.${entry.status}`)}</span>
        )}
      </td>
      <td>
        {editable && (
          <button type="button" className="btn btn-secondary btn-small" disabled={busy} onClick={save}>
            {t('translations.save')}
            <span className="visually-hidden"> {entry.key}</span>
          </button>
        )}
      </td>
    </tr>
  );
}
