/**
 * The SAML and OIDC flows, loaded on a provider's first use, not at start: their libraries (node-saml
 * with xml-crypto and xpath, openid-client: ~27 MB resident together) are never needed by a server whose
 * municipalities sign in with passwords, and every megabyte held from start counts against the 200 MB
 * the server may use (issue 20). Import the flows only through these.
 */
export const saml = () => import('./saml/flow.ts');
export const oidc = () => import('./oidc/flow.ts');
