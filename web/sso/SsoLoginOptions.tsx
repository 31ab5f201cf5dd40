import { useCallback, useState } from 'react';
import type { LoginOptions } from '../../shared/api/sso.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { ssoApi, takeProviderLogout } from './api.ts';

/**
 * The municipality's provider buttons on the login page. Plain links to the server's start
 * address: the sign-in is a chain of full-page redirects, not an API call.
 */
export function SsoButtons({ options }: { options: LoginOptions }) {
  const { t } = useI18n();
  if (options.providers.length === 0) return null;
  return (
    <ul className="sso-buttons">
      {options.providers.map((p) => (
        <li key={p.id}>
          <a
            className="btn btn-primary btn-block"
            href={`/sso/${encodeURIComponent(options.municipality.slug)}/${p.id}/start`}
          >
            {t('sso.loginWith', { name: p.name })}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Loads the login options of a municipality (none without a slug). */
export function useLoginOptions(slug: string | null) {
  const load = useCallback(
    (signal: AbortSignal) => (slug ? ssoApi.loginOptions(slug, signal) : Promise.resolve(null)),
    [slug],
  );
  return useAsync<LoginOptions | null>(load);
}

/** After logging out of a provider session: the offer to end the provider's session as well. */
export function ProviderLogoutOffer() {
  const { t } = useI18n();
  const [offer] = useState(takeProviderLogout);
  if (!offer) return null;
  return (
    <p>
      <a className="btn btn-secondary" href={offer.url}>
        {t('sso.providerLogout', { name: offer.name })}
      </a>
    </p>
  );
}
