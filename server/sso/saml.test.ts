import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  api,
  createTestApp,
  describeDb,
  login,
  makeTenant,
  type Session,
  type TestApp,
} from '../../test/app.ts';
import { cookieOf, startLogin } from '../../test/idp/browser.ts';
import { makeSamlIdp, type ResponseTweaks, type SamlPerson } from '../../test/idp/saml.ts';
import { KOMBIT_PRIVILEGES } from './saml/bpp.ts';

type Idp = Awaited<ReturnType<typeof makeSamlIdp>>;

const ROLE = 'http://schemas.microsoft.com/ws/2008/06/identity/claims/role';
const EMAIL = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress';
const person = (nameID: string, attributes: Record<string, string[]>): SamlPerson => ({ nameID, attributes });
const kombit = (role: string) =>
  Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><bpp:PrivilegeList xmlns:bpp="http://itst.dk/oiosaml/basic_privilege_profile"><PrivilegeGroup Scope="urn:dk:gov:saml:cvrNumberIdentifier:29189129"><Privilege>${role}</Privilege></PrivilegeGroup></bpp:PrivilegeList>`,
  ).toString('base64');

describeDb('single sign-on with SAML 2.0', () => {
  let t: TestApp;
  let idp: Idp;
  let admin: Session;
  let providerId: string;
  let spMetadata: string;

  async function createProvider(session: Session, metadata: string, extra: Record<string, unknown> = {}) {
    const res = await api(t.app, session, 'POST', '/sso/providers', {
      kind: 'saml',
      name: 'KOMBIT',
      idpMetadataXml: metadata,
      clockSkewSeconds: 30,
      ...extra,
    });
    expect(res.statusCode).toBe(201);
    return res.json().providers.at(-1).id as string;
  }

  /** start → our signed AuthnRequest → the IdP's answer → POST to the ACS. */
  async function signIn(
    p: SamlPerson,
    tweaks: ResponseTweaks = {},
    use = { idp: () => idp, slug: 'samla', id: () => providerId, meta: () => spMetadata },
  ) {
    const { location, binding } = await startLogin(t.app, use.slug, use.id());
    const form = await use.idp().respond(use.meta(), location, p, tweaks);
    const post = () =>
      t.app.inject({
        method: 'POST',
        url: `/sso/${use.slug}/${use.id()}/saml/acs`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        cookies: { bb_sso: binding },
        payload: new URLSearchParams(form).toString(),
      });
    const res = await post();
    return { res, session: cookieOf(res, 'bb_session'), post, location };
  }

  beforeAll(async () => {
    t = await createTestApp();
    await makeTenant(t.database, 'samla');
    admin = await login(t.app, 'admin@samla.dk');
    idp = await makeSamlIdp({ entityId: 'https://idp.samla.test' });
    providerId = await createProvider(admin, idp.metadata);
    await api(t.app, admin, 'PUT', `/sso/providers/${providerId}/rules`, {
      rules: [
        { claim: ROLE, value: 'bb-analyst', role: 'analyst', unitIds: [] },
        {
          claim: KOMBIT_PRIVILEGES,
          value: 'http://borgerblik.dk/roles/usersystemrole/staff/1',
          role: 'staff',
          unitIds: [],
        },
      ],
    });
    spMetadata = (await t.app.inject({ method: 'GET', url: `/sso/samla/${providerId}/saml/metadata` })).body;
  });
  afterAll(() => t.close());

  it('serves SP metadata and sends signed AuthnRequests the IdP verifies', async () => {
    expect(spMetadata).toContain(`entityID="http://localhost:3000/sso/samla/${providerId}/saml/metadata"`);
    expect(spMetadata).toContain(`/sso/samla/${providerId}/saml/acs`);
    expect(spMetadata).toContain('X509Certificate');
    expect(spMetadata).toContain('WantAssertionsSigned="true"');
    const { location } = await startLogin(t.app, 'samla', providerId);
    expect(new URL(location).searchParams.get('Signature')).toBeTruthy();
    await expect(idp.readRequest(spMetadata, location)).resolves.toBeTruthy();
    const forged = location.replace(/Signature=[^&]+/, 'Signature=AAAA');
    await expect(idp.readRequest(spMetadata, forged)).rejects.toBeTruthy();
    const list = (await api(t.app, admin, 'GET', '/sso/providers')).json();
    expect(JSON.stringify(list)).not.toContain('PRIVATE KEY');
    expect(list.providers[0]).toMatchObject({ idpEntityId: 'https://idp.samla.test', kind: 'saml' });
  });

  it('signs in with a role attribute and with KOMBIT privileges, creating the accounts', async () => {
    const a = await signIn(person('u-1', { [ROLE]: ['bb-analyst'], [EMAIL]: ['ida@samla.dk'] }));
    expect(a.res.headers.location).toBe('/');
    const me = (await api(t.app, { cookie: `bb_session=${a.session}`, csrf: '' }, 'GET', '/auth/me')).json();
    expect(me.user).toMatchObject({ email: 'ida@samla.dk', role: 'analyst' });
    const k = await signIn(
      person('u-2', { [KOMBIT_PRIVILEGES]: [kombit('http://borgerblik.dk/roles/usersystemrole/staff/1')] }),
    );
    const me2 = (await api(t.app, { cookie: `bb_session=${k.session}`, csrf: '' }, 'GET', '/auth/me')).json();
    expect(me2.user.role).toBe('staff');
    expect(me2.user.email).toMatch(/@sso\.invalid$/);
  });

  it('refuses replayed, expired, wrong-audience, wrong-issuer, unsigned and wrongly signed assertions', async () => {
    const ida = person('u-1', { [ROLE]: ['bb-analyst'], [EMAIL]: ['ida@samla.dk'] });
    const ok = await signIn(ida);
    expect(ok.session).toBeDefined();
    const replay = await ok.post();
    expect(replay.headers.location).toBe('/login/samla/refused?reason=failed');

    const cases: ResponseTweaks[] = [
      { notOnOrAfter: new Date(Date.now() - 5 * 60_000), notBefore: new Date(Date.now() - 10 * 60_000) },
      { notBefore: new Date(Date.now() + 10 * 60_000) },
      { audience: 'https://someone-else.test' },
      { issuer: 'https://evil-idp.test' },
      { unsigned: true },
      { inResponseTo: '_not-our-request' },
    ];
    for (const tweaks of cases) {
      const r = await signIn(ida, tweaks);
      expect(r.res.headers.location, JSON.stringify(tweaks)).toBe('/login/samla/refused?reason=failed');
      expect(r.session).toBeUndefined();
    }
    // Same entity id, another key: the signature does not verify with the metadata's certificate.
    const impostor = await makeSamlIdp({ entityId: 'https://idp.samla.test' });
    const forged = await signIn(
      ida,
      {},
      { idp: () => impostor, slug: 'samla', id: () => providerId, meta: () => spMetadata },
    );
    expect(forged.res.headers.location).toBe('/login/samla/refused?reason=failed');
    // Only the Response signed, not the assertion: refused (signed assertions are required).
    const messageOnly = spMetadata.replace('WantAssertionsSigned="true"', 'WantAssertionsSigned="false"');
    const m = await signIn(
      ida,
      {},
      { idp: () => idp, slug: 'samla', id: () => providerId, meta: () => messageOnly },
    );
    expect(m.res.headers.location).toBe('/login/samla/refused?reason=failed');
    const audit = (await api(t.app, admin, 'GET', '/audit?limit=5')).json().entries;
    expect(audit[0]).toMatchObject({ action: 'sso.login_refused', details: { reason: 'failed' } });
  });

  it('accepts encrypted assertions when configured', async () => {
    const encIdp = await makeSamlIdp({ entityId: 'https://idp-enc.samla.test', encrypt: true });
    const id = await createProvider(admin, encIdp.metadata, {
      name: 'Entra ID',
      wantEncryptedAssertions: true,
    });
    await api(t.app, admin, 'PUT', `/sso/providers/${id}/rules`, {
      rules: [{ claim: ROLE, value: 'x', role: 'viewer', unitIds: [] }],
    });
    const meta = (await t.app.inject({ method: 'GET', url: `/sso/samla/${id}/saml/metadata` })).body;
    expect(meta).toContain('use="encryption"');
    const r = await signIn(
      person('enc-1', { [ROLE]: ['x'] }),
      {},
      { idp: () => encIdp, slug: 'samla', id: () => id, meta: () => meta },
    );
    expect(r.res.headers.location).toBe('/');
  });

  it("refuses municipality A's IdP at municipality B", async () => {
    await makeTenant(t.database, 'samlb');
    const bAdmin = await login(t.app, 'admin@samlb.dk');
    const idpB = await makeSamlIdp({ entityId: 'https://idp.samlb.test' });
    const bId = await createProvider(bAdmin, idpB.metadata);
    await api(t.app, bAdmin, 'PUT', `/sso/providers/${bId}/rules`, {
      rules: [{ claim: ROLE, value: 'bb-analyst', role: 'admin', unitIds: [] }],
    });
    const bMeta = (await t.app.inject({ method: 'GET', url: `/sso/samlb/${bId}/saml/metadata` })).body;
    // A's IdP answers B's request (right audience, right ACS), signed with A's key: refused.
    const r = await signIn(
      person('u-1', { [ROLE]: ['bb-analyst'] }),
      {},
      { idp: () => idp, slug: 'samlb', id: () => bId, meta: () => bMeta },
    );
    expect(r.res.headers.location).toBe('/login/samlb/refused?reason=failed');
    expect(r.session).toBeUndefined();
  });
});
