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
import { cookieOf, startLogin, throughOidcIdp } from '../../test/idp/browser.ts';
import { type OidcIdp, startOidcIdp } from '../../test/idp/oidc.ts';

const BASE = 'http://localhost:3000';
const SECRET = 'oidc-client-secret-that-must-never-leak';

describeDb('single sign-on with OpenID Connect', () => {
  let t: TestApp;
  let idp: OidcIdp;
  let admin: Session;
  let providerId: string;
  let tenant: Awaited<ReturnType<typeof makeTenant>>;

  /** Full flow: start → IdP → callback; answers the callback's redirect and the session cookie. */
  async function signIn(account: string, slug = 'ssoa', id = providerId) {
    const { location, binding } = await startLogin(t.app, slug, id);
    const back = await throughOidcIdp(location, account, BASE);
    const res = await t.app.inject({
      method: 'GET',
      url: back.slice(BASE.length),
      cookies: { bb_sso: binding },
    });
    return { res, back, binding, session: cookieOf(res, 'bb_session') };
  }

  beforeAll(async () => {
    t = await createTestApp();
    tenant = await makeTenant(t.database, 'ssoa');
    admin = await login(t.app, 'admin@ssoa.dk');
    const created = await api(t.app, admin, 'POST', '/sso/providers', {
      kind: 'oidc',
      name: 'Ssoa (Microsoft)',
      issuer: 'http://127.0.0.1:9/',
      clientId: 'borgerblik',
      clientSecret: SECRET,
      scopes: 'openid email profile groups',
    });
    expect(created.statusCode).toBe(201);
    providerId = created.json().providers[0].id;
    idp = await startOidcIdp({
      clientId: 'borgerblik',
      clientSecret: SECRET,
      redirectUris: [`${BASE}/sso/ssoa/${providerId}/oidc/callback`],
      postLogoutRedirectUris: [`${BASE}/login/ssoa`],
      people: [
        { sub: 'anna', name: 'Anna Andersen', email: 'anna@ssoa.dk', groups: ['borgerservice'] },
        { sub: 'bo', name: 'Bo Berg', email: 'bo@ssoa.dk', groups: ['kantine'] },
      ],
    });
    await api(t.app, admin, 'PATCH', `/sso/providers/${providerId}`, { issuer: idp.issuer });
    const rules = await api(t.app, admin, 'PUT', `/sso/providers/${providerId}/rules`, {
      rules: [
        { claim: 'groups', value: 'borgerservice', role: 'staff', unitIds: [tenant.unit.id] },
        { claim: 'groups', value: 'analyse', role: 'analyst', unitIds: [] },
      ],
    });
    expect(rules.statusCode).toBe(200);
  });
  afterAll(async () => {
    await idp?.close();
    await t.close();
  });

  it('never returns or stores the client secret in clear', async () => {
    const res = await api(t.app, admin, 'GET', '/sso/providers');
    expect(res.body).not.toContain(SECRET);
    expect(res.json().providers[0]).toMatchObject({ hasClientSecret: true, kind: 'oidc' });
    const row = await t.database.db.selectFrom('sso_provider').selectAll().executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(SECRET);
    expect(row.secret_ciphertext).toMatch(/^v1\./);
  });

  it('creates the account at first login with the mapped role and units, and follows a changed group', async () => {
    const first = await signIn('anna');
    expect(first.res.statusCode).toBe(303);
    expect(first.res.headers.location).toBe('/');
    const session = { cookie: `bb_session=${first.session}`, csrf: '' };
    const me = (await api(t.app, session, 'GET', '/auth/me')).json();
    expect(me.user).toMatchObject({
      email: 'anna@ssoa.dk',
      name: 'Anna Andersen',
      role: 'staff',
      unitIds: [tenant.unit.id],
    });

    (idp.people.get('anna') as { groups: string[] }).groups = ['analyse'];
    const second = await signIn('anna');
    const me2 = (
      await api(t.app, { cookie: `bb_session=${second.session}`, csrf: '' }, 'GET', '/auth/me')
    ).json();
    expect(me2.user).toMatchObject({ role: 'analyst', unitIds: [] });
    // The session opened under the old role has ended.
    expect((await api(t.app, session, 'GET', '/auth/me')).statusCode).toBe(401);
    const audit = (await api(t.app, admin, 'GET', '/audit?limit=50')).json().entries;
    const logins = audit.filter(
      (e: { action: string; details: { method?: string } }) =>
        e.action === 'auth.login' && e.details.method === 'oidc',
    );
    expect(logins[0].details).toMatchObject({ role: 'analyst', roleChanged: true });
  });

  it('refuses a person no rule matches, and shows the attempt in the audit log', async () => {
    const { res } = await signIn('bo');
    expect(res.headers.location).toBe('/login/ssoa/refused?reason=no_matching_rule');
    expect(cookieOf(res, 'bb_session')).toBeUndefined();
    const audit = (await api(t.app, admin, 'GET', '/audit?limit=10')).json().entries;
    expect(audit[0]).toMatchObject({ action: 'sso.login_refused' });
    expect(audit[0].details).toMatchObject({ reason: 'no_matching_rule', email: 'bo@ssoa.dk' });
  });

  it('refuses a deactivated account even when the provider says yes', async () => {
    const users = (await api(t.app, admin, 'GET', '/users')).json().users;
    const anna = users.find((u: { email: string }) => u.email === 'anna@ssoa.dk');
    await api(t.app, admin, 'PATCH', `/users/${anna.id}`, { active: false });
    expect((await signIn('anna')).res.headers.location).toBe('/login/ssoa/refused?reason=inactive');
    await api(t.app, admin, 'PATCH', `/users/${anna.id}`, { active: true });
  });

  it('refuses a replayed callback, another browser and a nonce mismatch', async () => {
    const ok = await signIn('anna');
    expect(ok.session).toBeDefined();
    const replay = await t.app.inject({
      method: 'GET',
      url: ok.back.slice(BASE.length),
      cookies: { bb_sso: ok.binding },
    });
    expect(replay.headers.location).toBe('/login/ssoa/refused?reason=failed');

    const other = await startLogin(t.app, 'ssoa', providerId);
    const back = await throughOidcIdp(other.location, 'anna', BASE);
    const foreign = await t.app.inject({
      method: 'GET',
      url: back.slice(BASE.length),
      cookies: { bb_sso: 'x'.repeat(43) },
    });
    expect(foreign.headers.location).toBe('/login/ssoa/refused?reason=failed');

    const third = await startLogin(t.app, 'ssoa', providerId);
    await t.database.db.updateTable('sso_login_attempt').set({ nonce: 'tampered' }).execute();
    const back3 = await throughOidcIdp(third.location, 'anna', BASE);
    const bad = await t.app.inject({
      method: 'GET',
      url: back3.slice(BASE.length),
      cookies: { bb_sso: third.binding },
    });
    expect(bad.headers.location).toBe('/login/ssoa/refused?reason=failed');
    const state = new URL(back3).searchParams.get('state');
    const tampered = await t.app.inject({
      method: 'GET',
      url: back3.slice(BASE.length).replace(`state=${state}`, 'state=forged'),
      cookies: { bb_sso: third.binding },
    });
    expect(tampered.headers.location).toBe('/login/ssoa/refused?reason=failed');
  });

  it("refuses municipality A's provider answer at municipality B", async () => {
    await makeTenant(t.database, 'ssob');
    const bAdmin = await login(t.app, 'admin@ssob.dk');
    const b = await api(t.app, bAdmin, 'POST', '/sso/providers', {
      kind: 'oidc',
      name: 'B',
      issuer: idp.issuer,
      clientId: 'borgerblik',
      clientSecret: SECRET,
    });
    const bId = b.json().providers[0].id;
    // Nor can B's admin see or change A's provider: the same 404 as a missing id.
    expect(
      (await api(t.app, bAdmin, 'PATCH', `/sso/providers/${providerId}`, { enabled: false })).statusCode,
    ).toBe(404);
    expect(
      (await api(t.app, bAdmin, 'PUT', `/sso/providers/${providerId}/rules`, { rules: [] })).statusCode,
    ).toBe(404);
    expect((await api(t.app, bAdmin, 'GET', '/sso/providers')).json().providers).toHaveLength(1);
    await api(t.app, bAdmin, 'PUT', `/sso/providers/${bId}/rules`, {
      rules: [{ claim: 'groups', value: 'analyse', role: 'admin', unitIds: [] }],
    });
    const a = await startLogin(t.app, 'ssoa', providerId);
    const back = await throughOidcIdp(a.location, 'anna', BASE);
    const path = back.slice(BASE.length).replace(`/sso/ssoa/${providerId}/`, `/sso/ssob/${bId}/`);
    const res = await t.app.inject({ method: 'GET', url: path, cookies: { bb_sso: a.binding } });
    expect(res.headers.location).toBe('/login/ssob/refused?reason=failed');
    expect(cookieOf(res, 'bb_session')).toBeUndefined();
  });

  it('switches password login off except for admins, and offers the provider logout', async () => {
    await api(t.app, admin, 'PATCH', '/sso/settings', { passwordLogin: false });
    const staff = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'staff@ssoa.dk', password: 'correct horse battery staple' },
    });
    expect(staff.statusCode).toBe(403);
    expect(staff.json().error.code).toBe('password_login_disabled');
    await login(t.app, 'admin@ssoa.dk');
    const options = (await t.app.inject({ method: 'GET', url: '/api/v1/sso/login-options/ssoa' })).json();
    expect(options).toEqual({
      municipality: { name: 'Kommune ssoa', slug: 'ssoa' },
      passwordLogin: false,
      providers: [{ id: providerId, name: 'Ssoa (Microsoft)', kind: 'oidc' }],
    });
    await api(t.app, admin, 'PATCH', '/sso/settings', { passwordLogin: true });

    const { session } = await signIn('anna');
    const me = (await api(t.app, { cookie: `bb_session=${session}`, csrf: '' }, 'GET', '/auth/me')).json();
    const out = await api(
      t.app,
      { cookie: `bb_session=${session}`, csrf: me.csrfToken },
      'POST',
      '/sso/logout',
    );
    expect(out.statusCode).toBe(200);
    const url = new URL(out.json().providerLogoutUrl);
    expect(url.origin).toBe(idp.issuer);
    expect(url.searchParams.get('id_token_hint')).toBeTruthy();
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${BASE}/login/ssoa`);
    expect(
      (await api(t.app, { cookie: `bb_session=${session}`, csrf: '' }, 'GET', '/auth/me')).statusCode,
    ).toBe(401);
  });
});
