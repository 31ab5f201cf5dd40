import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, createTestApp, describeDb, login, makeTenant, type TestApp } from '../../test/app.ts';

/** A user of municipality A can neither read, change nor detect anything of municipality B. */
describeDb('tenant isolation', () => {
  let t: TestApp;
  let b: Awaited<ReturnType<typeof makeTenant>>;
  beforeAll(async () => {
    t = await createTestApp();
    await makeTenant(t.database, 'kommunea');
    b = await makeTenant(t.database, 'kommuneb');
  });
  afterAll(() => t.close());

  it('hides the other municipality behind 404s identical to missing ids', async () => {
    const a = await login(t.app, 'admin@kommunea.dk');
    const missing = '00000000-0000-4000-8000-000000000000';
    const units = (await api(t.app, a, 'GET', '/units')).json().units.map((u: { id: string }) => u.id);
    expect(units).not.toContain(b.unit.id);
    const users = (await api(t.app, a, 'GET', '/users')).json().users.map((u: { id: string }) => u.id);
    expect(users).not.toContain(b.users.admin.id);

    const cases: Array<['PATCH' | 'DELETE' | 'POST', string, unknown?]> = [
      ['PATCH', '/units/ID', { name: 'Overtaget' }],
      ['DELETE', '/units/ID'],
      ['POST', '/units/ID/restore'],
    ];
    for (const [method, path, body] of cases) {
      const foreign = await api(t.app, a, method, path.replace('ID', b.unit.id), body);
      const absent = await api(t.app, a, method, path.replace('ID', missing), body);
      expect(foreign.statusCode).toBe(404);
      expect(foreign.json()).toEqual(absent.json());
    }
    const foreignUser = await api(t.app, a, 'PATCH', `/users/${b.users.viewer.id}`, { role: 'admin' });
    expect(foreignUser.statusCode).toBe(404);
    expect((await api(t.app, a, 'POST', `/users/${b.users.viewer.id}/reset-password`)).statusCode).toBe(404);
    // Nor can B's unit be used as a parent or membership.
    const asParent = await api(t.app, a, 'POST', '/units', { name: 'X', parentId: b.unit.id, kind: 'unit' });
    expect(asParent.json().error.fields[0].path).toBe('parentId');
    const asMember = await api(t.app, a, 'POST', '/users', {
      email: 'x@kommunea.dk',
      name: 'X',
      role: 'staff',
      unitIds: [b.unit.id],
    });
    expect(asMember.statusCode).toBe(400);

    const bAdmin = await login(t.app, 'admin@kommuneb.dk');
    const bUnit = (await api(t.app, bAdmin, 'GET', '/units'))
      .json()
      .units.find((u: { id: string }) => u.id === b.unit.id);
    expect(bUnit.name).toBe('Borgerservice kommuneb');
    const bAudit = (await api(t.app, bAdmin, 'GET', '/audit?limit=200')).json().entries;
    expect(
      bAudit.every(
        (e: { actor: { email: string } | null }) => !e.actor || e.actor.email.endsWith('@kommuneb.dk'),
      ),
    ).toBe(true);
  });

  it('ignores a session cookie re-labelled with another municipality', async () => {
    const a = await login(t.app, 'viewer@kommunea.dk');
    const [, token] = a.cookie.split('.');
    const forged = { ...a, cookie: `bb_session=${b.municipality.id}.${token}` };
    expect((await api(t.app, forged, 'GET', '/units')).statusCode).toBe(401);
  });
});
