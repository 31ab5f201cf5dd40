import { randomUUID } from 'node:crypto';
import * as samlify from 'samlify';
import { generateSpKeys } from '../../server/sso/saml/sp-keys.ts';

// The IdP only parses our AuthnRequests in tests; XML schema validation is not what is tested.
samlify.setSchemaValidator({ validate: async () => 'skipped' });

const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
const RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface SamlPerson {
  nameID: string;
  attributes: Record<string, string[]>;
}

/** What a test may change in an otherwise correct response. */
export interface ResponseTweaks {
  issuer?: string;
  audience?: string;
  notOnOrAfter?: Date;
  notBefore?: Date;
  inResponseTo?: string;
  /** Sign nothing at all (the XML goes out as built). */
  unsigned?: boolean;
}

/**
 * A real SAML 2.0 IdP (samlify's IdentityProvider) with a key and certificate generated at test
 * time. It verifies the signature of our AuthnRequest (redirect binding) and answers with a
 * signed (optionally encrypted) assertion built from a template the test can tweak.
 */
export async function makeSamlIdp(options: { entityId: string; encrypt?: boolean }) {
  const keys = await generateSpKeys('Test IdP');
  const idp = samlify.IdentityProvider({
    entityID: options.entityId,
    privateKey: keys.privateKey,
    signingCert: keys.certificate,
    requestSignatureAlgorithm: RSA_SHA256,
    singleSignOnService: [{ Binding: REDIRECT, Location: `${options.entityId}/sso` }],
    singleLogoutService: [{ Binding: REDIRECT, Location: `${options.entityId}/slo` }],
    isAssertionEncrypted: options.encrypt ?? false,
    wantAuthnRequestsSigned: true,
  });

  /** Parses and verifies our signed AuthnRequest from the redirect URL. */
  async function readRequest(spMetadata: string, authUrl: string) {
    const sp = samlify.ServiceProvider({ metadata: spMetadata });
    const url = new URL(authUrl);
    const raw = url.search.slice(1).split('&');
    const pick = (k: string) => raw.find((p) => p.startsWith(`${k}=`));
    const octetString = ['SAMLRequest', 'RelayState', 'SigAlg'].map(pick).filter(Boolean).join('&');
    const parsed = await idp.parseLoginRequest(sp, 'redirect', {
      query: Object.fromEntries(url.searchParams),
      octetString,
    });
    return {
      sp,
      parsed,
      relayState: url.searchParams.get('RelayState') ?? '',
      requestId: String(parsed.extract.request?.id),
    };
  }

  function template(values: {
    id: string;
    requestId: string;
    acs: string;
    audience: string;
    issuer: string;
    person: SamlPerson;
    notBefore: Date;
    notOnOrAfter: Date;
  }) {
    const now = new Date().toISOString();
    const attrs = Object.entries(values.person.attributes)
      .map(
        ([name, list]) =>
          `<saml:Attribute Name="${esc(name)}">${list.map((v) => `<saml:AttributeValue xsi:type="xs:string">${esc(v)}</saml:AttributeValue>`).join('')}</saml:Attribute>`,
      )
      .join('');
    return (
      `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${values.id}" Version="2.0" IssueInstant="${now}" Destination="${esc(values.acs)}" InResponseTo="${esc(values.requestId)}">` +
      `<saml:Issuer>${esc(values.issuer)}</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
      `<saml:Assertion xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema" ID="_${randomUUID()}" Version="2.0" IssueInstant="${now}">` +
      `<saml:Issuer>${esc(values.issuer)}</saml:Issuer><saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">${esc(values.person.nameID)}</saml:NameID>` +
      `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${values.notOnOrAfter.toISOString()}" Recipient="${esc(values.acs)}" InResponseTo="${esc(values.requestId)}"/></saml:SubjectConfirmation></saml:Subject>` +
      `<saml:Conditions NotBefore="${values.notBefore.toISOString()}" NotOnOrAfter="${values.notOnOrAfter.toISOString()}"><saml:AudienceRestriction><saml:Audience>${esc(values.audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
      `<saml:AuthnStatement AuthnInstant="${now}" SessionIndex="_s${randomUUID()}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
      `<saml:AttributeStatement>${attrs}</saml:AttributeStatement></saml:Assertion></samlp:Response>`
    );
  }

  /** A base64 SAMLResponse for the AuthnRequest in authUrl, and the RelayState to post back. */
  async function respond(
    spMetadata: string,
    authUrl: string,
    person: SamlPerson,
    tweaks: ResponseTweaks = {},
  ) {
    const { sp, relayState, requestId } = await readRequest(spMetadata, authUrl);
    const acs = String(
      sp.entityMeta.getAssertionConsumerService('urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST'),
    );
    const id = `_${randomUUID()}`;
    const xml = template({
      id,
      requestId: tweaks.inResponseTo ?? requestId,
      acs,
      audience: tweaks.audience ?? sp.entityMeta.getEntityID(),
      issuer: tweaks.issuer ?? options.entityId,
      person,
      notBefore: tweaks.notBefore ?? new Date(Date.now() - 60_000),
      notOnOrAfter: tweaks.notOnOrAfter ?? new Date(Date.now() + 5 * 60_000),
    });
    if (tweaks.unsigned) return { SAMLResponse: Buffer.from(xml).toString('base64'), RelayState: relayState };
    const info = { extract: { request: { id: requestId } } };
    const res = await idp.createLoginResponse(sp, info, 'post', {}, () => ({ id, context: xml }));
    return { SAMLResponse: res.context, RelayState: relayState };
  }

  return { metadata: idp.getMetadata(), certificate: keys.certificate, respond, readRequest };
}
