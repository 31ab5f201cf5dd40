import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, createTestApp, describeDb, login, makeTenant, PASSWORD, type TestApp } from '../../test/app.ts';

describeDb('own password', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await makeTenant(t.database, 'pw');
  });
  afterAll(() => t.close());

  it('asks new users to change the temporary password, and lets them', async () => {
    const admin = await login(t.app, 'admin@pw.dk');
    const created = (
      await api(t.app, admin, 'POST', '/users', { email: 'ny@pw.dk', name: 'Ny', role: 'viewer' })
    ).json();
    const first = await login(t.app, 'ny@pw.dk', created.temporaryPassword);
    const other = await login(t.app, 'ny@pw.dk', created.temporaryPassword);
    expect((await api(t.app, first, 'GET', '/auth/me')).json().user.mustChangePassword).toBe(true);

    const wrong = await api(t.app, first, 'POST', '/auth/password', {
      currentPassword: 'nope',
      newPassword: 'a long new passphrase',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual([
      { path: 'currentPassword', message: 'Den nuværende adgangskode er forkert.' },
    ]);
    const short = await api(t.app, first, 'POST', '/auth/password', {
      currentPassword: created.temporaryPassword,
      newPassword: 'short',
    });
    expect(short.json().error.fields[0]).toEqual({
      path: 'newPassword',
      message: 'Skal være mindst 12 tegn.',
    });

    const ok = await api(t.app, first, 'POST', '/auth/password', {
      currentPassword: created.temporaryPassword,
      newPassword: 'a long new passphrase',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.mustChangePassword).toBe(false);
    // The session that changed it goes on; the others end.
    expect((await api(t.app, first, 'GET', '/auth/me')).statusCode).toBe(200);
    expect((await api(t.app, other, 'GET', '/auth/me')).statusCode).toBe(401);
    await login(t.app, 'ny@pw.dk', 'a long new passphrase');
  });

  it('asks again after an admin reset', async () => {
    const admin = await login(t.app, 'admin@pw.dk');
    const users = (await api(t.app, admin, 'GET', '/users')).json().users;
    const viewer = users.find((u: { email: string }) => u.email === 'viewer@pw.dk');
    const reset = (await api(t.app, admin, 'POST', `/users/${viewer.id}/reset-password`)).json();
    const s = await login(t.app, 'viewer@pw.dk', reset.temporaryPassword);
    expect((await api(t.app, s, 'GET', '/auth/me')).json().user.mustChangePassword).toBe(true);
    await expect(login(t.app, 'viewer@pw.dk', PASSWORD)).rejects.toThrow();
  });
});
