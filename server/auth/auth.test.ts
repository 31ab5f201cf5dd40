import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, createTestApp, describeDb, login, makeTenant, PASSWORD, type TestApp } from '../../test/app.ts';
import { hashPassword } from './password.ts';

describeDb('auth', () => {
  let t: TestApp;
  let tenant: Awaited<ReturnType<typeof makeTenant>>;
  beforeAll(async () => {
    t = await createTestApp();
    tenant = await makeTenant(t.database, 'auth');
  });
  afterAll(() => t.close());

  it('hashes passwords with argon2id', async () => {
    expect(await hashPassword('x')).toMatch(/^\$argon2id\$/);
  });

  it('logs in, answers me, and logs out', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'ADMIN@auth.dk', password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'bb_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(res.json()).toMatchObject({
      user: { email: 'admin@auth.dk', role: 'admin' },
      municipality: { slug: 'auth' },
    });
    const session = { cookie: `bb_session=${cookie?.value}`, csrf: res.json().csrfToken };
    expect((await api(t.app, session, 'GET', '/auth/me')).json().user.role).toBe('admin');
    expect((await api(t.app, session, 'POST', '/auth/logout')).statusCode).toBe(204);
    const after = await api(t.app, session, 'GET', '/auth/me');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('not_authenticated');
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'viewer@auth.dk', password: 'nope' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'ghost@auth.dk', password: 'nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.message).toBe('Forkert e-mail eller adgangskode.');
  });

  it('localises errors from Accept-Language', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'nb-NO,nb;q=0.9' },
      payload: { email: 'ghost@auth.dk', password: 'nope' },
    });
    expect(res.json().error.message).toBe('Feil e-post eller passord.');
  });

  it('locks the account after five failures, also for the right password', async () => {
    for (let i = 0; i < 4; i++) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'staff@auth.dk', password: 'bad' },
      });
      expect(r.statusCode).toBe(401);
    }
    const fifth = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'staff@auth.dk', password: 'bad' },
    });
    expect(fifth.statusCode).toBe(423);
    const right = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'staff@auth.dk', password: PASSWORD },
    });
    expect(right.statusCode).toBe(423);
    expect(right.json().error.code).toBe('account_locked');
  });

  it('refuses writes without the CSRF token and changes nothing', async () => {
    const session = await login(t.app, 'analyst@auth.dk');
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/auth/me',
      headers: { cookie: session.cookie },
      payload: { locale: 'en' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_failed');
    expect((await api(t.app, session, 'GET', '/auth/me')).json().user.locale).toBe('da');
    const ok = await api(t.app, session, 'PATCH', '/auth/me', { locale: 'en' });
    expect(ok.json().user.locale).toBe('en');
    // The user's saved language now wins over the browser's.
    const err = await t.app.inject({
      method: 'GET',
      url: '/api/v1/users',
      headers: { cookie: session.cookie },
    });
    expect(err.json().error.message).toBe('Your role does not give access to this.');
  });

  it('treats an expired session as expired', async () => {
    const session = await login(t.app, 'admin@auth.dk');
    await t.database.db
      .updateTable('session')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    const res = await api(t.app, session, 'GET', '/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('session_expired');
  });

  it('records logins and failures in the audit log', async () => {
    const session = await login(t.app, 'admin@auth.dk');
    const res = await api(t.app, session, 'GET', '/audit?limit=100');
    const actions = res.json().entries.map((e: { action: string }) => e.action);
    expect(actions).toContain('auth.login');
    expect(actions).toContain('auth.login_failed');
    expect(tenant.users.admin.id).toBeTruthy();
  });
});
