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

describeDb('users', () => {
  let t: TestApp;
  let tenant: Awaited<ReturnType<typeof makeTenant>>;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp();
    tenant = await makeTenant(t.database, 'users');
    admin = await login(t.app, 'admin@users.dk');
  });
  afterAll(() => t.close());

  it('creates a user whose temporary password works, then deactivates and resets', async () => {
    const res = await api(t.app, admin, 'POST', '/users', {
      email: ' Sara.Sagsbehandler@Users.dk ',
      name: 'Sara Sagsbehandler',
      role: 'staff',
      unitIds: [tenant.unit.id],
    });
    expect(res.statusCode, res.body).toBe(201);
    const { user, temporaryPassword } = res.json();
    expect(user).toMatchObject({
      email: 'sara.sagsbehandler@users.dk',
      role: 'staff',
      active: true,
      unitIds: [tenant.unit.id],
    });
    const sara = await login(t.app, user.email, temporaryPassword);
    expect((await api(t.app, sara, 'GET', '/auth/me')).json().user.unitIds).toEqual([tenant.unit.id]);

    const off = await api(t.app, admin, 'PATCH', `/users/${user.id}`, { active: false });
    expect(off.json().user.active).toBe(false);
    // Deactivation ends open sessions at once.
    expect((await api(t.app, sara, 'GET', '/auth/me')).statusCode).toBe(401);
    const denied = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: temporaryPassword },
    });
    expect(denied.json().error.code).toBe('account_inactive');

    await api(t.app, admin, 'PATCH', `/users/${user.id}`, { active: true });
    const reset = await api(t.app, admin, 'POST', `/users/${user.id}/reset-password`);
    const fresh = reset.json().temporaryPassword;
    expect(fresh).not.toBe(temporaryPassword);
    await expect(login(t.app, user.email, temporaryPassword)).rejects.toThrow();
    await login(t.app, user.email, fresh);
  });

  it('refuses a taken e-mail, unknown units and self-demotion', async () => {
    const taken = await api(t.app, admin, 'POST', '/users', {
      email: 'viewer@users.dk',
      name: 'X',
      role: 'viewer',
    });
    expect(taken.json().error.fields).toEqual([
      { path: 'email', message: 'E-mailadressen er allerede i brug.' },
    ]);
    const badUnit = await api(t.app, admin, 'POST', '/users', {
      email: 'new@users.dk',
      name: 'X',
      role: 'viewer',
      unitIds: [tenant.unit.id, '00000000-0000-4000-8000-000000000000'],
    });
    expect(badUnit.json().error.fields[0].path).toBe('unitIds[1]');
    const users = (await api(t.app, admin, 'GET', '/users')).json().users;
    expect(users.find((u: { email: string }) => u.email === 'new@users.dk')).toBeUndefined();
    const self = await api(t.app, admin, 'PATCH', `/users/${tenant.users.admin.id}`, { role: 'viewer' });
    expect(self.statusCode).toBe(409);
  });

  it('never shows password hashes and is for admins only', async () => {
    const list = await api(t.app, admin, 'GET', '/users');
    expect(list.body).not.toContain('argon2');
    const analyst = await login(t.app, 'analyst@users.dk');
    expect((await api(t.app, analyst, 'GET', '/users')).statusCode).toBe(403);
    expect((await api(t.app, analyst, 'GET', '/audit')).statusCode).toBe(403);
  });
});
