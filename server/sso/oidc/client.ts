import * as oidc from 'openid-client';
import { AppError } from '../../http/app-error.ts';
import type { ProviderRow } from '../repository.ts';
import type { ProviderSecrets } from '../tables.ts';

const cache = new Map<string, { stamp: number; config: Promise<oidc.Configuration> }>();

/** Plain http is allowed only to this machine (the demo provider, tests); elsewhere https. */
function isLoopback(url: URL): boolean {
  return url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
}

async function discover(row: ProviderRow, secrets: ProviderSecrets): Promise<oidc.Configuration> {
  const issuer = new URL(row.settings.issuer ?? '');
  const insecure = issuer.protocol === 'http:';
  if (insecure && !isLoopback(issuer)) throw new AppError('sso_provider_unavailable');
  const clientAuth = secrets.clientSecret ? oidc.ClientSecretPost(secrets.clientSecret) : oidc.None();
  const config = await oidc.discovery(issuer, row.settings.clientId ?? '', undefined, clientAuth, {
    timeout: 10,
    ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}),
  });
  // Verify the id_token's signature with the provider's JWKS too, not only trust TLS to the token
  // endpoint: the token is what the login decision rests on.
  oidc.enableNonRepudiationChecks(config);
  return config;
}

/**
 * The provider's discovered configuration, cached per provider row version: a changed provider
 * (updated_at) is discovered again. A failed discovery is not cached, so the next try retries.
 */
export async function oidcConfiguration(
  row: ProviderRow,
  secrets: ProviderSecrets,
): Promise<oidc.Configuration> {
  const key = `${row.municipality_id}:${row.id}`;
  const stamp = row.updated_at.getTime();
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.config;
  const config = discover(row, secrets);
  cache.set(key, { stamp, config });
  try {
    return await config;
  } catch (err) {
    cache.delete(key);
    if (err instanceof AppError) throw err;
    throw new AppError('sso_provider_unavailable');
  }
}
