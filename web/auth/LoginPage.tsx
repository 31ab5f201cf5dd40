import { type FormEvent, useState } from 'react';
import { Redirect, useLocation, useParams } from 'wouter';
import { ApiError } from '../api/errors.ts';
import { useAuth } from '../app/AuthProvider.tsx';
import { safeReturnPath } from '../app/access.ts';
import { LanguageSwitcher } from '../app/LanguageSwitcher.tsx';
import { Footer } from '../app/Layout.tsx';
import { usePlace } from '../app/router.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { Locale } from '../i18n/translate.ts';
import { rememberedSlug, rememberSlug } from '../sso/api.ts';
import { ProviderLogoutOffer, SsoButtons, useLoginOptions } from '../sso/SsoLoginOptions.tsx';
import { TextField } from '../ui/Field.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { useErrorText } from '../ui/Status.tsx';

interface LoginLocationState {
  from?: unknown;
  reason?: unknown;
}

/**
 * Sign-in. At /login/{slug} (or for the municipality used last) the municipality's identity
 * providers come first; the password form follows, or hides behind an admin's break-glass toggle
 * when the municipality has switched passwords off. Server messages are shown as given.
 */
export function LoginPage() {
  const { t } = useI18n();
  const params = useParams();
  const slug = params.slug ?? rememberedSlug();
  const options = useLoginOptions(slug);
  const { state, login } = useAuth();
  const place = usePlace();
  const [, navigate] = useLocation();
  const errorText = useErrorText();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [chosenLocale, setChosenLocale] = useState<Locale | null>(null);

  const navState = (place.state ?? {}) as LoginLocationState;
  if (params.slug && options.data) rememberSlug(params.slug);
  const target = safeReturnPath(navState.from);
  if (state.status === 'authenticated') return <Redirect to={target} replace />;

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
  const form = (
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
  );

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
          {navState.reason === 'loggedOut' && <ProviderLogoutOffer />}
          {params.slug && options.error !== undefined && (
            <div className="alert alert-error" role="alert">
              <p>{t('sso.unknownMunicipality')}</p>
            </div>
          )}
          {options.data && <SsoButtons options={options.data} />}
          {options.data && options.data.providers.length > 0 && options.data.passwordLogin && (
            <p className="login-or">{t('sso.or')}</p>
          )}
          {options.data && !options.data.passwordLogin ? (
            <details className="login-break-glass">
              <summary>{t('sso.breakGlass')}</summary>
              {form}
            </details>
          ) : (
            form
          )}
        </div>
      </main>
      <Footer />
    </div>
  );
}
