import type { Kysely } from 'kysely';
import * as oidc from 'openid-client';
import type { AppConfig } from '../../config.ts';
import type { Database } from '../../db/types.ts';
import { insertAttempt } from '../attempt-repository.ts';
import { normaliseClaims } from '../mapping.ts';
import type { ProviderIdentity } from '../provisioning.ts';
import type { ProviderRow } from '../repository.ts';
import { openLogoutData, openProviderSecrets } from '../secrets.ts';
import type { ProviderUrls } from '../urls.ts';
import { oidcConfiguration } from './client.ts';

type Db = Kysely<Database>;

/**
 * Starts an authorization-code login with PKCE (S256), a fresh state and nonce. They are kept in
 * the attempt row, never in the browser; the browser only gets the binding cookie.
 */
export async function startOidc(
  db: Db,
  config: AppConfig,
  row: ProviderRow,
  urls: ProviderUrls,
  browserHash: string,
): Promise<string> {
  const conf = await oidcConfiguration(row, openProviderSecrets(config.secretKey, row));
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  await insertAttempt(
    db,
    { municipalityId: row.municipality_id },
    {
      state,
      providerId: row.id,
      browserHash,
      nonce,
      codeVerifier,
    },
  );
  return oidc.buildAuthorizationUrl(conf, {
    redirect_uri: urls.redirectUri,
    scope: row.settings.scopes ?? 'openid email profile',
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  }).href;
}

/**
 * Exchanges the code and validates the id_token (signature with the JWKS, issuer, audience,
 * expiry, nonce) through openid-client; any failure throws. The attempt was already taken.
 */
export async function finishOidc(
  config: AppConfig,
  row: ProviderRow,
  attempt: { state: string; nonce: string | null; code_verifier: string | null },
  callbackUrl: URL,
): Promise<{ identity: ProviderIdentity; idToken: string | null }> {
  const conf = await oidcConfiguration(row, openProviderSecrets(config.secretKey, row));
  const tokens = await oidc.authorizationCodeGrant(conf, callbackUrl, {
    pkceCodeVerifier: attempt.code_verifier ?? '',
    expectedState: attempt.state,
    expectedNonce: attempt.nonce ?? '',
    idTokenExpected: true,
  });
  const raw = tokens.claims();
  if (!raw) throw new Error('no id_token');
  const claims = normaliseClaims(raw as Record<string, unknown>);
  const s = row.settings;
  const first = (name: string | undefined) => (name ? (claims[name]?.[0] ?? null) : null);
  return {
    identity: {
      subject: first(s.subjectClaim) ?? raw.sub,
      email: first(s.emailClaim ?? 'email'),
      name: first(s.nameClaim ?? 'name'),
      claims,
    },
    idToken: tokens.id_token ?? null,
  };
}

/** The provider's end-session URL (RP-initiated logout), when it has one. */
export async function oidcLogoutUrl(
  config: AppConfig,
  row: ProviderRow,
  urls: ProviderUrls,
  session: { municipalityId: string; tokenHash: string; ciphertext: string | null },
): Promise<string | null> {
  try {
    const conf = await oidcConfiguration(row, openProviderSecrets(config.secretKey, row));
    if (!conf.serverMetadata().end_session_endpoint) return null;
    const data = openLogoutData(
      config.secretKey,
      session.municipalityId,
      session.tokenHash,
      session.ciphertext,
    );
    const params: Record<string, string> = {
      post_logout_redirect_uri: urls.login,
      client_id: conf.clientMetadata().client_id,
    };
    if (data?.idToken) params.id_token_hint = data.idToken;
    return oidc.buildEndSessionUrl(conf, params).href;
  } catch {
    return null;
  }
}
