import type { Kysely } from 'kysely';
import type { LogoutResult } from '../../shared/api/sso.ts';
import type { AuthContext } from '../auth/context.ts';
import { logout } from '../auth/service.ts';
import type { AppConfig } from '../config.ts';
import type { Database } from '../db/types.ts';
import { findSsoSession } from './attempt-repository.ts';
import { oidc, saml } from './protocols.ts';
import { findMunicipality, findProvider } from './repository.ts';
import { providerUrls } from './urls.ts';

/**
 * Ends the Borgerblik session (the same logout as for passwords) and, when a provider opened it,
 * answers the provider's logout URL so the web app can offer ending that session too.
 */
export async function logoutWithProvider(
  db: Kysely<Database>,
  config: AppConfig,
  auth: AuthContext,
): Promise<LogoutResult> {
  const municipality = await findMunicipality(db, auth);
  const sso = await findSsoSession(db, auth, auth.tokenHash);
  const provider = sso ? await findProvider(db, auth, sso.provider_id) : undefined;
  let url: string | null = null;
  if (sso && provider) {
    const urls = providerUrls(config.publicUrl, municipality.slug, provider.id);
    const session = {
      municipalityId: auth.municipalityId,
      tokenHash: auth.tokenHash,
      ciphertext: sso.logout_ciphertext,
    };
    url =
      provider.kind === 'oidc'
        ? await (await oidc()).oidcLogoutUrl(config, provider, urls, session)
        : await (await saml()).samlLogoutUrl(config, provider, urls, session);
  }
  await logout(db, auth);
  return { providerLogoutUrl: url, providerName: provider?.name ?? null, slug: municipality.slug };
}
