import { DOMParser } from '@xmldom/xmldom';
import { AppError } from '../../http/app-error.ts';

const MD = 'urn:oasis:names:tc:SAML:2.0:metadata';
const DS = 'http://www.w3.org/2000/09/xmldsig#';
const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';

/** What Borgerblik needs from an IdP's metadata. */
export interface IdpMetadata {
  entityId: string;
  ssoUrl: string;
  sloUrl: string | null;
  /** Signing certificates (base64 DER); several during a key rollover. */
  signingCerts: string[];
}

const invalid = (detail: string) => new AppError('sso_metadata_invalid', { detail });

function children(parent: Element, ns: string, name: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(ns, name));
}

/**
 * The endpoint with the HTTP-Redirect binding. Borgerblik sends requests by redirect only (every
 * IdP it targets offers it: Entra ID, AD FS, KOMBIT), which keeps the CSP's form-action 'self'.
 */
function redirectEndpoint(descriptor: Element, name: string): string | null {
  const found = children(descriptor, MD, name).find((e) => e.getAttribute('Binding') === REDIRECT);
  return found?.getAttribute('Location') || null;
}

/**
 * Reads an IdP's SAML metadata (EntityDescriptor with an IDPSSODescriptor). Only the signing
 * keys are kept: assertions signed with anything else are refused by node-saml.
 */
export function parseIdpMetadata(xml: string): IdpMetadata {
  const errors: string[] = [];
  const record = (msg: unknown) => errors.push(String(msg));
  const doc = new DOMParser({ errorHandler: { error: record, fatalError: record } }).parseFromString(
    xml,
    'text/xml',
  );
  const root = doc?.documentElement;
  if (errors.length || !root) throw invalid(errors[0] ?? 'not XML');
  // The document is an EntityDescriptor, or an EntitiesDescriptor holding one.
  const entity = root.localName === 'EntityDescriptor' ? root : children(root, MD, 'EntityDescriptor')[0];
  const entityId = entity?.getAttribute('entityID');
  if (!entity || !entityId) throw invalid('EntityDescriptor/@entityID');
  const idp = children(entity, MD, 'IDPSSODescriptor')[0];
  if (!idp) throw invalid('IDPSSODescriptor');
  const ssoUrl = redirectEndpoint(idp, 'SingleSignOnService');
  if (!ssoUrl) throw invalid('SingleSignOnService (HTTP-Redirect)');
  const signingCerts = children(idp, MD, 'KeyDescriptor')
    .filter((k) => (k.getAttribute('use') ?? 'signing') === 'signing')
    .flatMap((k) => children(k, DS, 'X509Certificate'))
    .map((c) => (c.textContent ?? '').replace(/\s+/g, ''))
    .filter((c) => c.length > 0);
  if (signingCerts.length === 0) throw invalid('KeyDescriptor use="signing"/X509Certificate');
  return {
    entityId,
    ssoUrl,
    sloUrl: redirectEndpoint(idp, 'SingleLogoutService'),
    signingCerts: [...new Set(signingCerts)],
  };
}

/** Fetches metadata from the IdP's URL (admin action), with a timeout and a size limit. */
export async function fetchIdpMetadata(url: string): Promise<string> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(10_000), redirect: 'follow' });
    if (!res.ok) throw invalid(`HTTP ${res.status}`);
    const text = await res.text();
    if (text.length > 500_000) throw invalid('too large');
    return text;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw invalid(err instanceof Error ? err.message : 'fetch failed');
  }
}
