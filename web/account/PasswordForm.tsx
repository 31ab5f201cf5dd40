import { type FormEvent, useState } from 'react';
import { authApi } from '../api/endpoints.ts';
import { ApiError } from '../api/errors.ts';
import { useAuth } from '../app/AuthProvider.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { TextField } from '../ui/Field.tsx';
import { useErrorText } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';

/** Change one's own password: current, new, and the new one again (checked here before sending). */
export function PasswordForm() {
  const { t } = useI18n();
  const { updateMe } = useAuth();
  const toast = useToast();
  const errorText = useErrorText();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [mismatch, setMismatch] = useState(false);
  const fieldError = (field: string) => (error instanceof ApiError ? error.fieldMessage(field) : undefined);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setMismatch(next !== repeat);
    if (next !== repeat) return;
    setBusy(true);
    try {
      updateMe(await authApi.changePassword(current, next));
      setCurrent('');
      setNext('');
      setRepeat('');
      toast({ message: t('account.password.changed'), tone: 'success' });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="password-title">
      <h2 id="password-title">{t('account.password.title')}</h2>
      {error !== null && (
        <div className="alert alert-error" role="alert">
          <p>{errorText(error)}</p>
        </div>
      )}
      <TextField
        label={t('account.password.current')}
        type="password"
        autoComplete="current-password"
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
        error={fieldError('currentPassword')}
      />
      <TextField
        label={t('account.password.new')}
        hint={t('account.password.newHint')}
        type="password"
        autoComplete="new-password"
        minLength={12}
        value={next}
        onChange={(e) => setNext(e.target.value)}
        error={fieldError('newPassword')}
      />
      <TextField
        label={t('account.password.repeat')}
        type="password"
        autoComplete="new-password"
        value={repeat}
        onChange={(e) => setRepeat(e.target.value)}
        error={mismatch ? t('account.password.mismatch') : undefined}
      />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('common.saving') : t('account.password.submit')}
        </button>
      </div>
    </form>
  );
}
