import { type CacheProvider, SAML, ValidateInResponseTo } from '@node-saml/node-saml';
import { ATTEMPT_TTL_MS } from '../attempt-repository.ts';
import type { ProviderRow } from '../repository.ts';
import type { ProviderSecrets } from '../tables.ts';
import type { ProviderUrls } from '../urls.ts';
import { parseIdpMetadata } from './metadata.ts';

/** Borgerblik's entity id at an IdP: the admin's choice, else the metadata URL (unique per provider). */
export function spEntityId(row: ProviderRow, urls: ProviderUrls): string {
  return row.settings.spEntityId || urls.metadata;
}

/**
 * node-saml configured for one provider. The security choices are here, in one place:
 * assertions must be signed by a key from the IdP's metadata, the Issuer must be the IdP's
 * entity id, the Audience must be ours, InResponseTo must be the request this attempt sent,
 * times are checked with the admin's clock skew, and our AuthnRequests are signed (SHA-256).
 */
export function buildSaml(
  row: ProviderRow,
  secrets: ProviderSecrets,
  urls: ProviderUrls,
  cacheProvider: CacheProvider,
): SAML {
  const idp = parseIdpMetadata(row.settings.idpMetadataXml ?? '');
  const entityId = spEntityId(row, urls);
  const key = secrets.spPrivateKey;
  return new SAML({
    callbackUrl: urls.acs,
    entryPoint: idp.ssoUrl,
    issuer: entityId,
    audience: entityId,
    idpIssuer: idp.entityId,
    idpCert: idp.signingCerts,
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    ...(key ? { privateKey: key, signatureAlgorithm: 'sha256' as const } : {}),
    ...(row.sp_certificate ? { publicCert: row.sp_certificate } : {}),
    ...(row.settings.wantEncryptedAssertions && key ? { decryptionPvk: key } : {}),
    acceptedClockSkewMs: (row.settings.clockSkewSeconds ?? 60) * 1000,
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: ATTEMPT_TTL_MS,
    cacheProvider,
    identifierFormat: null,
    disableRequestedAuthnContext: true,
    ...(idp.sloUrl ? { logoutUrl: idp.sloUrl } : {}),
    logoutCallbackUrl: urls.slo,
  });
}

/** Catches the request id node-saml generates at start, to keep it in the attempt row. */
export function capturingCache(): CacheProvider & { id: () => string | null } {
  let captured: string | null = null;
  return {
    id: () => captured,
    saveAsync: async (key, value) => {
      captured = key;
      return { value, createdAt: Date.now() };
    },
    getAsync: async () => null,
    removeAsync: async () => null,
  };
}

/**
 * Knows exactly one request id: the one this attempt sent. The attempt row is deleted before
 * validation, so a replayed response finds neither the attempt nor the id.
 */
export function singleRequestCache(requestId: string | null): CacheProvider {
  return {
    saveAsync: async () => null,
    getAsync: async (key) => (requestId !== null && key === requestId ? new Date().toISOString() : null),
    removeAsync: async () => null,
  };
}
