import { useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Dialog } from '../ui/Dialog.tsx';

interface Props {
  /** Null when closed. The password is kept only in this state and is gone once the dialog closes. */
  shown: { name: string; password: string } | null;
  onClose: () => void;
}

/** Shows a new temporary password once, with a copy button and a text fallback when copying is blocked. */
export function TemporaryPasswordDialog({ shown, onClose }: Props) {
  const { t } = useI18n();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    if (!shown) return;
    try {
      await navigator.clipboard.writeText(shown.password);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
      inputRef.current?.select();
    }
  };

  const close = () => {
    setCopyState('idle');
    onClose();
  };

  return (
    <Dialog
      open={shown !== null}
      title={t('users.tempPassword.title', { name: shown?.name ?? '' })}
      onClose={close}
      actions={
        <button type="button" className="btn btn-primary" onClick={close}>
          {t('users.tempPassword.done')}
        </button>
      }
    >
      <p>{t('users.tempPassword.body')}</p>
      <div className="field">
        <label className="field-label" htmlFor={inputId}>
          {t('users.tempPassword.label')}
        </label>
        <div className="copy-row">
          <input
            ref={inputRef}
            id={inputId}
            className="input input-mono"
            readOnly
            value={shown?.password ?? ''}
            onFocus={(e) => e.target.select()}
            spellCheck={false}
            autoComplete="off"
          />
          <button type="button" className="btn btn-secondary" onClick={() => void copy()}>
            {t('users.tempPassword.copy')}
          </button>
        </div>
        <p className="field-hint" role="status">
          {copyState === 'copied'
            ? t('users.tempPassword.copied')
            : copyState === 'failed'
              ? t('users.tempPassword.copyFailed')
              : ''}
        </p>
      </div>
    </Dialog>
  );
}
