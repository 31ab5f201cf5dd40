import { type FormEvent, useState } from 'react';
import { authApi } from '../api/endpoints.ts';
import { useAuth, useMe } from '../app/AuthProvider.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { TextField } from '../ui/Field.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { useErrorText } from '../ui/Status.tsx';
import { useToast } from '../ui/Toast.tsx';
import { PasswordForm } from './PasswordForm.tsx';

/** The signed-in user's own account: name and password. Open to every role. */
export function AccountPage() {
  const { t } = useI18n();
  const me = useMe();
  const { updateMe } = useAuth();
  const toast = useToast();
  const errorText = useErrorText();
  const [name, setName] = useState(me.user.name);
  const [error, setError] = useState<unknown>(null);

  const saveName = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    try {
      updateMe(await authApi.updateMe({ name: name.trim() }));
      toast({ message: t('account.name.saved'), tone: 'success' });
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <>
      <PageHeader title={t('account.title')} intro={t('account.intro')} />
      <div className="split">
        <PasswordForm />
        <form className="card form" onSubmit={saveName} aria-labelledby="name-title">
          <h2 id="name-title">{t('account.name.title')}</h2>
          {error !== null && (
            <div className="alert alert-error" role="alert">
              <p>{errorText(error)}</p>
            </div>
          )}
          <TextField
            label={t('account.name.field')}
            autoComplete="name"
            maxLength={120}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <div className="form-actions">
            <button type="submit" className="btn btn-primary">
              {t('common.save')}
            </button>
          </div>
        </form>
      </div>
    </>
  );
}
