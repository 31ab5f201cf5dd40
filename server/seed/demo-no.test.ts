import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, createTestApp, describeDb, login, type TestApp } from '../../test/app.ts';
import { seedDemo } from './demo.ts';

const PASSWORD = 'demo-password-for-tests';

/** Issue 14: the Norwegian demo is in bokmål throughout, starting with the language its admin sees. */
describeDb('Norwegian demo', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.database.db, PASSWORD);
  }, 180_000);
  afterAll(() => t.close());

  it('signs its admin in to bokmål, with bokmål names and bokmål error messages', async () => {
    const admin = await login(t.app, 'admin@demokommune.no', PASSWORD);
    const me = (await api(t.app, admin, 'GET', '/auth/me')).json();
    expect(me.municipality.country).toBe('NO');
    expect(me.user.locale).toBe('nb');
    const units = (await api(t.app, admin, 'GET', '/units')).json();
    const names = JSON.stringify(units);
    expect(names).toContain('Hjemmesykepleie');
    // Danish spellings that bokmål does not use.
    expect(names).not.toMatch(/Borgerservice|Forvaltning|Afdeling|Sundhed|Børn og unge/);
    const refused = await api(t.app, admin, 'POST', '/units', {});
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).not.toMatch(/Nogle felter|udfyldt/);
  });

  it('keeps the Danish demo Danish', async () => {
    const admin = await login(t.app, 'admin@demokommune.dk', PASSWORD);
    expect((await api(t.app, admin, 'GET', '/auth/me')).json().user.locale).toBe('da');
  });
});
