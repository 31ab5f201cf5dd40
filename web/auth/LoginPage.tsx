import { type FormEvent, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../api/errors.ts';
import { useAuth } from '../app/AuthProvider.tsx';
import { safeReturnPath } from '../app/access.ts';
import { LanguageSwitcher } from '../app/LanguageSwitcher.tsx';
import { Footer } from '../app/Layout.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { Locale } from '../i18n/translate.ts';
import { TextField } from '../ui/Field.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { useErrorText } from '../ui/Status.tsx';

interface LoginLocationState {
  from?: unknown;
  reason?: unknown;
}

/** E-mail and password sign-in. Server messages (wrong password, locked, rate limited) are shown as given. */
export function LoginPage() {
  const { t } = useI18n();
  const { state, login } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [chosenLocale, setChosenLocale] = useState<Locale | null>(null);

  const navState = (location.state ?? {}) as LoginLocationState;
  const target = safeReturnPath(navState.from);
  if (state.status === 'authenticated') return <Navigate to={target} replace />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(email.trim(), password, chosenLocale);
      navigate(target, { replace: true });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  const fieldError = (field: string) => (error instanceof ApiError ? error.fieldMessage(field) : undefined);
  const notice =
    navState.reason === 'expired'
      ? t('login.sessionExpired')
      : navState.reason === 'loggedOut'
        ? t('login.loggedOut')
        : null;

  return (
    <div className="login-shell">
      <header className="login-top">
        <span className="brand">
          <span className="brand-logo" aria-hidden="true" />
          <span className="brand-name">{t('app.name')}</span>
        </span>
        <LanguageSwitcher onPick={setChosenLocale} />
      </header>
      <main id="main" className="login-main" tabIndex={-1}>
        <div className="card login-card">
          <PageHeader title={t('login.title')} intro={t('login.intro')} />
          {notice && !error && (
            <div className="alert alert-info" role="status">
              <p>{notice}</p>
            </div>
          )}
          {error !== null && (
            <div className="alert alert-error" role="alert">
              <p>{errorText(error)}</p>
            </div>
          )}
          <form onSubmit={submit} noValidate={false}>
            <TextField
              label={t('login.email')}
              type="email"
              name="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={fieldError('email')}
            />
            <TextField
              label={t('login.password')}
              type="password"
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={fieldError('password')}
            />
            <button type="submit" className="btn btn-primary btn-block" disabled={busy}>
              {busy ? t('login.submitting') : t('login.submit')}
            </button>
          </form>
        </div>
      </main>
      <Footer />
    </div>
  );
}
