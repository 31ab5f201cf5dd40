import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { configureApi } from '../api/client.ts';
import { authApi } from '../api/endpoints.ts';
import { ApiError } from '../api/errors.ts';
import type { Me } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { asLocale, type Locale } from '../i18n/translate.ts';
import { rememberProviderLogout, ssoApi } from '../sso/api.ts';

/** Why the login page is showing, so it can say so. */
export type SignedOutReason = 'expired' | 'loggedOut' | null;

export type AuthState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'anonymous'; reason: SignedOutReason }
  | { status: 'authenticated'; me: Me };

interface AuthContextValue {
  state: AuthState;
  /** Signs in. `chosenLocale` is a language picked on the login page, which then replaces the profile's. */
  login: (email: string, password: string, chosenLocale: Locale | null) => Promise<void>;
  logout: () => Promise<void>;
  /** Replaces the session's `Me`, e.g. after PATCH /auth/me. */
  updateMe: (me: Me) => void;
  retry: () => void;
}

const AuthContext = createContext<AuthContextValue | null>(null);

/**
 * Owns the session: probes GET /auth/me on start, keeps the CSRF token in the API client, and turns any
 * 401 from a later request into "signed out (expired)", which sends the user to the login page.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const { setLocale } = useI18n();

  const adopt = useCallback(
    (me: Me) => {
      configureApi({ csrfToken: me.csrfToken });
      const profileLocale = asLocale(me.user.locale);
      if (profileLocale) setLocale(profileLocale);
      setState({ status: 'authenticated', me });
    },
    [setLocale],
  );

  useEffect(() => {
    configureApi({
      onUnauthorized: () => {
        configureApi({ csrfToken: null });
        setState({ status: 'anonymous', reason: 'expired' });
      },
    });
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    const controller = new AbortController();
    authApi.me({ signal: controller.signal }).then(adopt, (error: unknown) => {
      if (controller.signal.aborted) return;
      if (error instanceof ApiError && error.status === 401) setState({ status: 'anonymous', reason: null });
      else setState({ status: 'error', error });
    });
    return () => controller.abort();
  }, [adopt, attempt]);

  const login = useCallback(
    async (email: string, password: string, chosenLocale: Locale | null) => {
      let me = await authApi.login(email, password);
      configureApi({ csrfToken: me.csrfToken });
      if (chosenLocale && chosenLocale !== me.user.locale) {
        // Best effort: a failed save must not block signing in; the language still applies here.
        me = await authApi
          .updateMe({ locale: chosenLocale })
          .catch(() => ({ ...me, user: { ...me.user, locale: chosenLocale } }));
      }
      adopt(me);
    },
    [adopt],
  );

  const logout = useCallback(async () => {
    try {
      // One logout for every kind of session; a provider session also gets the provider's logout offer.
      rememberProviderLogout(await ssoApi.logout());
    } finally {
      configureApi({ csrfToken: null });
      setState({ status: 'anonymous', reason: 'loggedOut' });
    }
  }, []);

  const updateMe = useCallback((me: Me) => {
    configureApi({ csrfToken: me.csrfToken });
    setState({ status: 'authenticated', me });
  }, []);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo(
    () => ({ state, login, logout, updateMe, retry }),
    [state, login, logout, updateMe, retry],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The session and its actions. */
export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** The signed-in user's `Me`; only for components rendered inside the authenticated shell. */
export function useMe(): Me {
  const { state } = useAuth();
  if (state.status !== 'authenticated') throw new Error('useMe used outside the authenticated shell');
  return state.me;
}
