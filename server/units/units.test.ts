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

describeDb('units', () => {
  let t: TestApp;
  let admin: Session;
  let viewer: Session;
  beforeAll(async () => {
    t = await createTestApp();
    await makeTenant(t.database, 'units');
    admin = await login(t.app, 'admin@units.dk');
    viewer = await login(t.app, 'viewer@units.dk');
  });
  afterAll(() => t.close());

  it('builds a tree, moves, archives with undo', async () => {
    const top = (
      await api(t.app, admin, 'POST', '/units', {
        name: 'Social og Sundhed',
        parentId: null,
        kind: 'administration',
      })
    ).json().unit;
    const dept = await api(t.app, admin, 'POST', '/units', {
      name: 'Hjemmeplejen',
      parentId: top.id,
      kind: 'department',
    });
    expect(dept.statusCode).toBe(201);
    const leaf = (
      await api(t.app, admin, 'POST', '/units', {
        name: 'Team Nord',
        parentId: dept.json().unit.id,
        kind: 'unit',
        isEntrance: true,
      })
    ).json().unit;
    expect(leaf.isEntrance).toBe(true);

    const cycle = await api(t.app, admin, 'PATCH', `/units/${top.id}`, { parentId: leaf.id });
    expect(cycle.statusCode).toBe(409);
    expect(cycle.json().error.code).toBe('unit_cycle');

    const busy = await api(t.app, admin, 'DELETE', `/units/${dept.json().unit.id}`);
    expect(busy.statusCode).toBe(409);

    const archived = await api(t.app, admin, 'DELETE', `/units/${leaf.id}`);
    expect(archived.json().unit.archivedAt).not.toBeNull();
    const visible = (await api(t.app, viewer, 'GET', '/units'))
      .json()
      .units.map((u: { name: string }) => u.name);
    expect(visible).not.toContain('Team Nord');
    const all = (await api(t.app, admin, 'GET', '/units?includeArchived=true'))
      .json()
      .units.map((u: { name: string }) => u.name);
    expect(all).toContain('Team Nord');
    const restored = await api(t.app, admin, 'POST', `/units/${leaf.id}/restore`);
    expect(restored.json().unit.archivedAt).toBeNull();

    const moved = await api(t.app, admin, 'PATCH', `/units/${leaf.id}`, {
      parentId: top.id,
      name: 'Team Nord-Øst',
    });
    expect(moved.json().unit).toMatchObject({ parentId: top.id, name: 'Team Nord-Øst' });
  });

  it('names the field that is wrong and writes nothing', async () => {
    const before = (await api(t.app, admin, 'GET', '/units')).json().units.length;
    const res = await api(t.app, admin, 'POST', '/units', {
      name: 'x'.repeat(121),
      parentId: 'not-a-uuid',
      kind: 'team',
      extra: 1,
    });
    expect(res.statusCode).toBe(400);
    const paths = res
      .json()
      .error.fields.map((f: { path: string }) => f.path)
      .sort();
    expect(paths).toEqual(['extra', 'kind', 'name', 'parentId']);
    const unknownParent = await api(t.app, admin, 'POST', '/units', {
      name: 'Ny',
      parentId: '00000000-0000-4000-8000-000000000000',
      kind: 'unit',
    });
    expect(unknownParent.json().error.fields).toEqual([
      { path: 'parentId', message: 'Henviser til noget, der ikke findes.' },
    ]);
    expect((await api(t.app, admin, 'GET', '/units')).json().units.length).toBe(before);
  });

  it('lets only admins change the tree', async () => {
    const res = await api(t.app, viewer, 'POST', '/units', { name: 'Ny', parentId: null, kind: 'unit' });
    expect(res.statusCode).toBe(403);
    const staff = await login(t.app, 'staff@units.dk');
    expect(
      (await api(t.app, staff, 'POST', '/units', { name: 'Ny', parentId: null, kind: 'unit' })).statusCode,
    ).toBe(403);
  });

  it('audits every change', async () => {
    const actions = (await api(t.app, admin, 'GET', '/audit?limit=200'))
      .json()
      .entries.map((e: { action: string }) => e.action);
    for (const a of ['unit.create', 'unit.update', 'unit.archive', 'unit.restore'])
      expect(actions).toContain(a);
  });
});
