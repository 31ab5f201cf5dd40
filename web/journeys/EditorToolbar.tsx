import { useState } from 'react';
import type { Journey } from '../../shared/journey/index.ts';
import type { ApiError } from '../api/errors.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { Undoable } from './useUndoable.ts';

interface Props {
  history: Undoable<Journey>;
  isNew: boolean;
  readOnly: boolean;
  dirty: boolean;
  version: number;
  error: ApiError | null;
  onSave: (note: string) => Promise<void>;
  onCopyAsToBe?: () => Promise<void>;
}

/** Undo/redo, the version note and save, the unsaved-changes marker and the server's errors by path. */
export function EditorToolbar({
  history,
  isNew,
  readOnly,
  dirty,
  version,
  error,
  onSave,
  onCopyAsToBe,
}: Props) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      await onSave(note);
      setNote('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="journey-toolbar-wrap">
      {readOnly ? (
        <p className="alert alert-info">{t('journeys.editor.readOnly')}</p>
      ) : (
        <div className="journey-toolbar" role="toolbar" aria-label={t('journeys.editor.toolbar')}>
          <button
            type="button"
            className="btn btn-secondary"
            onClick={history.undo}
            disabled={!history.canUndo}
            aria-keyshortcuts="Control+Z"
          >
            ↶ {t('journeys.editor.undo')}
          </button>
          <button
            type="button"
            className="btn btn-secondary"
            onClick={history.redo}
            disabled={!history.canRedo}
            aria-keyshortcuts="Control+Y"
          >
            ↷ {t('journeys.editor.redo')}
          </button>
          {!isNew && (
            <span className="field-inline">
              <label className="field-label" htmlFor="journey-note">
                {t('journeys.editor.note')}
              </label>
              <input
                id="journey-note"
                className="input input-compact"
                value={note}
                maxLength={500}
                onChange={(e) => setNote(e.target.value)}
              />
            </span>
          )}
          <button type="button" className="btn btn-primary" onClick={save} disabled={busy}>
            {busy
              ? t('journeys.editor.saving')
              : isNew
                ? t('journeys.editor.create')
                : t('journeys.editor.save')}
          </button>
          {onCopyAsToBe && (
            <button type="button" className="btn btn-secondary" onClick={() => void onCopyAsToBe()}>
              {t('journeys.editor.copyToBe')}
            </button>
          )}
          <span className="muted" aria-live="polite">
            {!isNew && t('journeys.editor.version', { version })}
            {dirty && <> · {t('journeys.editor.unsaved')}</>}
          </span>
        </div>
      )}
      {error && (
        <div className="alert alert-error" role="alert" data-testid="journey-save-error">
          <p>{error.message}</p>
          {error.fields.length > 0 && (
            <ul>
              {error.fields.map((f) => (
                <li key={`${f.path}-${f.message}`}>
                  <code>{f.path}</code>: {f.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
