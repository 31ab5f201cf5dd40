import type { MappingRule, ProviderView } from '../../shared/api/sso.ts';
import type { ProviderRow } from './repository.ts';
import { parseIdpMetadata } from './saml/metadata.ts';
import { providerUrls } from './urls.ts';

function idpEntityId(row: ProviderRow): string | null {
  try {
    return row.kind === 'saml' ? parseIdpMetadata(row.settings.idpMetadataXml ?? '').entityId : null;
  } catch {
    return null;
  }
}

/**
 * A provider as the admin sees it. Copies fields one by one: the secret ciphertext and the SP
 * private key are never part of an answer; `hasClientSecret` only says one is stored.
 */
export function presentProvider(
  row: ProviderRow,
  rules: MappingRule[],
  slug: string,
  publicUrl: string,
): ProviderView {
  const s = row.settings;
  const urls = providerUrls(publicUrl, slug, row.id);
  const saml = row.kind === 'saml';
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    enabled: row.enabled,
    emailClaim:
      s.emailClaim ?? (saml ? 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress' : 'email'),
    nameClaim: s.nameClaim ?? (saml ? 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name' : 'name'),
    subjectClaim: s.subjectClaim ?? (saml ? 'nameID' : 'sub'),
    issuer: s.issuer ?? null,
    clientId: s.clientId ?? null,
    scopes: s.scopes ?? null,
    hasClientSecret: !saml && row.secret_ciphertext !== null,
    idpEntityId: idpEntityId(row),
    idpMetadataUrl: s.idpMetadataUrl ?? null,
    spEntityId: saml ? s.spEntityId || urls.metadata : null,
    wantEncryptedAssertions: s.wantEncryptedAssertions ?? false,
    clockSkewSeconds: s.clockSkewSeconds ?? 60,
    redirectUri: saml ? urls.acs : urls.redirectUri,
    spMetadataUrl: saml ? urls.metadata : null,
    loginUrl: urls.login,
    rules: rules.map((r) => ({ claim: r.claim, value: r.value, role: r.role, unitIds: [...r.unitIds] })),
    updatedAt: row.updated_at.toISOString(),
  };
}
