import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, createTestApp, describeDb, login, PASSWORD, type TestApp } from '../../test/app.ts';
import { makeMunicipality, makeUser } from '../seed/factories.ts';

/**
 * Issue 14: a Norwegian municipality's users saw Danish until each changed it by hand. The municipality's
 * country now sets the default language; a user's own choice overrides it.
 */
describeDb('default language by country', () => {
  let t: TestApp;
  const users: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    for (const [slug, country] of [
      ['oslo-l', 'NO'],
      ['odense-l', 'DK'],
    ] as const) {
      const m = await makeMunicipality(t.database.db, { slug, name: slug, country });
      const u = await makeUser(t.database.db, m.id, {
        email: `sagsbehandler@${slug}.no`,
        name: 'S',
        role: 'staff',
        password: PASSWORD,
      });
      users[slug] = u.email;
    }
  });
  afterAll(() => t?.close());

  it('gives a Norwegian municipality’s user bokmål and a Danish one Danish', async () => {
    const no = await login(t.app, users['oslo-l'] ?? '');
    const me = (await api(t.app, no, 'GET', '/auth/me')).json();
    expect(me.user.locale).toBe('nb');
    expect(me.user.localeChosen).toBe(false);
    const dk = await login(t.app, users['odense-l'] ?? '');
    expect((await api(t.app, dk, 'GET', '/auth/me')).json().user.locale).toBe('da');
  });

  it('answers errors in the default language too', async () => {
    const no = await login(t.app, users['oslo-l'] ?? '');
    const res = await api(t.app, no, 'PATCH', '/auth/me', { name: '' });
    expect(res.statusCode).toBe(400);
    // Bokmål, not Danish: "Noen felt er ikke fylt ut riktig." (da: "Nogle felter er ikke udfyldt korrekt.")
    expect(res.json().error.message).not.toMatch(/Nogle felter/);
  });

  it('keeps a user’s own choice over the default, and can go back to the default', async () => {
    const no = await login(t.app, users['oslo-l'] ?? '');
    const chosen = await api(t.app, no, 'PATCH', '/auth/me', { locale: 'en' });
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.json().user).toMatchObject({ locale: 'en', localeChosen: true });
    const again = await login(t.app, users['oslo-l'] ?? '');
    expect((await api(t.app, again, 'GET', '/auth/me')).json().user.locale).toBe('en');
    const reset = await api(t.app, again, 'PATCH', '/auth/me', { locale: null });
    expect(reset.json().user).toMatchObject({ locale: 'nb', localeChosen: false });
  });
});
