/** The addresses of one provider of one municipality, as browsers and IdPs see them. */
export interface ProviderUrls {
  start: string;
  redirectUri: string;
  acs: string;
  metadata: string;
  slo: string;
  login: string;
}

/**
 * Built from BORGERBLIK_PUBLIC_URL, never from the request's Host header, so a forged Host
 * cannot make Borgerblik send people or tokens elsewhere.
 */
export function providerUrls(publicUrl: string, slug: string, providerId: string): ProviderUrls {
  const base = `${publicUrl}/sso/${encodeURIComponent(slug)}/${providerId}`;
  return {
    start: `${base}/start`,
    redirectUri: `${base}/oidc/callback`,
    acs: `${base}/saml/acs`,
    metadata: `${base}/saml/metadata`,
    slo: `${base}/saml/slo`,
    login: `${publicUrl}/login/${encodeURIComponent(slug)}`,
  };
}
