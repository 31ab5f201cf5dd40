import type { Profile } from '@node-saml/node-saml';
import type { Kysely } from 'kysely';
import type { AppConfig } from '../../config.ts';
import type { Database } from '../../db/types.ts';
import { insertAttempt } from '../attempt-repository.ts';
import { type Claims, normaliseClaims } from '../mapping.ts';
import type { ProviderIdentity } from '../provisioning.ts';
import type { ProviderRow } from '../repository.ts';
import { openLogoutData, openProviderSecrets } from '../secrets.ts';
import type { ProviderUrls } from '../urls.ts';
import { decodePrivileges, KOMBIT_PRIVILEGES } from './bpp.ts';
import { parseIdpMetadata } from './metadata.ts';
import { buildSaml, capturingCache, singleRequestCache } from './sp.ts';

type Db = Kysely<Database>;

/** Sends a signed AuthnRequest by redirect; its id is kept for the InResponseTo check. */
export async function startSaml(
  db: Db,
  config: AppConfig,
  row: ProviderRow,
  urls: ProviderUrls,
  browserHash: string,
  state: string,
): Promise<string> {
  const cache = capturingCache();
  const saml = buildSaml(row, openProviderSecrets(config.secretKey, row), urls, cache);
  const url = await saml.getAuthorizeUrlAsync(state, undefined, {});
  const requestId = cache.id();
  if (!requestId) throw new Error('node-saml did not report the request id');
  await insertAttempt(
    db,
    { municipalityId: row.municipality_id },
    { state, providerId: row.id, browserHash, requestId },
  );
  return url;
}

const SKIP = new Set([
  'issuer',
  'sessionIndex',
  'nameID',
  'nameIDFormat',
  'nameQualifier',
  'spNameQualifier',
  'ID',
]);

function profileClaims(profile: Profile): Claims {
  const attributes = (profile.attributes ?? {}) as Record<string, unknown>;
  const claims = normaliseClaims(attributes);
  for (const [key, value] of Object.entries(profile))
    if (!SKIP.has(key) && typeof value === 'string' && !(key in claims)) claims[key] = [value];
  claims.nameID = [profile.nameID];
  if (claims[KOMBIT_PRIVILEGES]) claims[KOMBIT_PRIVILEGES] = decodePrivileges(claims[KOMBIT_PRIVILEGES]);
  return claims;
}

/** Validates the posted response against this attempt; any failure throws. */
export async function finishSaml(
  config: AppConfig,
  row: ProviderRow,
  urls: ProviderUrls,
  attempt: { request_id: string | null },
  body: { SAMLResponse: string; RelayState: string },
): Promise<{ identity: ProviderIdentity; logout: Record<string, string | null> }> {
  const saml = buildSaml(
    row,
    openProviderSecrets(config.secretKey, row),
    urls,
    singleRequestCache(attempt.request_id),
  );
  const { profile, loggedOut } = await saml.validatePostResponseAsync(body);
  if (!profile || loggedOut) throw new Error('not a login response');
  // node-saml 5 checks idpIssuer on logout messages only: the signed assertion's Issuer must be
  // the IdP of this provider, or another IdP trusted with the same key could speak for it.
  const expected = parseIdpMetadata(row.settings.idpMetadataXml ?? '').entityId;
  if (profile.issuer !== expected) throw new Error(`unexpected issuer ${profile.issuer}`);
  const claims = profileClaims(profile);
  const s = row.settings;
  const first = (name: string | undefined) => (name ? (claims[name]?.[0] ?? null) : null);
  return {
    identity: {
      subject: first(s.subjectClaim) ?? profile.nameID,
      email:
        first(s.emailClaim ?? 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress') ??
        first('email') ??
        first('mail'),
      name:
        first(s.nameClaim ?? 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name') ??
        first('urn:oid:2.5.4.3'),
      claims,
    },
    logout: {
      nameID: profile.nameID,
      nameIDFormat: profile.nameIDFormat,
      sessionIndex: profile.sessionIndex ?? null,
      nameQualifier: profile.nameQualifier ?? null,
      spNameQualifier: profile.spNameQualifier ?? null,
    },
  };
}

/** Borgerblik's SP metadata for this provider: ACS, SLO, signing (and encryption) certificate. */
export function samlMetadata(config: AppConfig, row: ProviderRow, urls: ProviderUrls): string {
  const secrets = openProviderSecrets(config.secretKey, row);
  const saml = buildSaml(row, secrets, urls, singleRequestCache(null));
  const cert = row.sp_certificate;
  return saml.generateServiceProviderMetadata(row.settings.wantEncryptedAssertions ? cert : null, cert);
}

/** A signed LogoutRequest URL when the IdP has single logout (SLO). */
export async function samlLogoutUrl(
  config: AppConfig,
  row: ProviderRow,
  urls: ProviderUrls,
  session: { municipalityId: string; tokenHash: string; ciphertext: string | null },
): Promise<string | null> {
  try {
    const data = openLogoutData(
      config.secretKey,
      session.municipalityId,
      session.tokenHash,
      session.ciphertext,
    );
    if (!data?.nameID) return null;
    const saml = buildSaml(row, openProviderSecrets(config.secretKey, row), urls, capturingCache());
    if (!saml.options.logoutUrl) return null;
    const profile = {
      issuer: '',
      nameID: data.nameID,
      nameIDFormat: data.nameIDFormat ?? 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified',
      ...(data.sessionIndex ? { sessionIndex: data.sessionIndex } : {}),
      ...(data.nameQualifier ? { nameQualifier: data.nameQualifier } : {}),
      ...(data.spNameQualifier ? { spNameQualifier: data.spNameQualifier } : {}),
    };
    return await saml.getLogoutUrlAsync(profile, '', {});
  } catch {
    return null;
  }
}
