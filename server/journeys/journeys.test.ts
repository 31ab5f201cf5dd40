import { afterAll, beforeAll, expect, it } from 'vitest';
import { journeyOf } from '../../shared/journey/test-fixtures.ts';
import {
  api,
  createTestApp,
  describeDb,
  login,
  makeTenant,
  type Session,
  type TestApp,
} from '../../test/app.ts';
import { makeUnit, makeUser } from '../seed/factories.ts';

describeDb('journeys: storage, versions, list, access', () => {
  let t: TestApp;
  let admin: Session;
  let viewer: Session;
  let staff: Session;
  let otherAdmin: Session;
  let unitId: string;
  let otherUnitId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'rejse');
    await makeTenant(t.database, 'andet');
    unitId = tenant.unit.id;
    otherUnitId = (await makeUnit(t.database.db, tenant.municipality.id, { name: 'Jobcenter', kind: 'unit' }))
      .id;
    await makeUser(t.database.db, tenant.municipality.id, {
      email: 'staff2@rejse.dk',
      name: 'Staff in unit',
      role: 'staff',
      password: 'correct horse battery staple',
      unitIds: [unitId],
    });
    admin = await login(t.app, 'admin@rejse.dk');
    viewer = await login(t.app, 'viewer@rejse.dk');
    staff = await login(t.app, 'staff2@rejse.dk');
    otherAdmin = await login(t.app, 'admin@andet.dk');
  });
  afterAll(() => t.close());

  it('creates version 1, saves version 2, lists history and compares versions', async () => {
    const first = { ...journeyOf('A A B A G'), title: 'Sygemeldt', ownerUnitId: unitId };
    const created = await api(t.app, admin, 'POST', '/journeys', { journey: first });
    expect(created.statusCode).toBe(201);
    const journey = created.json().journey;
    expect(journey).toMatchObject({ version: 1, title: 'Sygemeldt', ownerUnitId: unitId, canEdit: true });
    expect(journey.metrics.handovers).toBe(3);

    const second = { ...journeyOf('A A G'), title: 'Sygemeldt', ownerUnitId: unitId, status: 'to_be' };
    const saved = await api(t.app, admin, 'POST', `/journeys/${journey.id}/versions`, {
      baseVersion: 1,
      journey: second,
      note: 'Færre overdragelser',
    });
    expect(saved.statusCode).toBe(201);
    expect(saved.json().journey).toMatchObject({ version: 2, status: 'to_be', note: 'Færre overdragelser' });

    const stale = await api(t.app, admin, 'POST', `/journeys/${journey.id}/versions`, {
      baseVersion: 1,
      journey: second,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('journey_version_conflict');

    const history = (await api(t.app, viewer, 'GET', `/journeys/${journey.id}/versions`)).json().versions;
    expect(history.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const v1 = (await api(t.app, viewer, 'GET', `/journeys/${journey.id}/versions/1`)).json().journey;
    expect(v1.journey.steps).toHaveLength(5);

    const cmp = await api(
      t.app,
      viewer,
      'GET',
      `/journeys/compare?before=${journey.id}&beforeVersion=1&after=${journey.id}`,
    );
    expect(cmp.statusCode).toBe(200);
    const handovers = cmp.json().comparison.metrics.find((m: { metric: string }) => m.metric === 'handovers');
    expect(handovers).toEqual({ metric: 'handovers', before: 3, after: 1, delta: -2 });
    expect(cmp.json().comparison.steps.removed).toEqual(['s4', 's5']);
  });

  it('filters by unit, persona and status and sorts by a metric', async () => {
    const make = (title: string, seq: string, persona: string, owner: string, status = 'as_is') =>
      api(t.app, admin, 'POST', '/journeys', {
        journey: { ...journeyOf(seq), title, persona, ownerUnitId: owner, status },
      });
    await make('Ældre', 'A B C D G H', 'Ældre borger, 84 år', otherUnitId);
    await make('Barn', 'A B', 'Familie med barn', otherUnitId, 'draft');
    const list = async (query: string) =>
      (await api(t.app, viewer, 'GET', `/journeys?${query}`))
        .json()
        .journeys.map((j: { title: string }) => j.title);
    expect(await list(`unitId=${otherUnitId}&sort=handovers&order=desc`)).toEqual(['Ældre', 'Barn']);
    expect(await list(`unitId=${otherUnitId}&sort=handovers&order=asc`)).toEqual(['Barn', 'Ældre']);
    expect(await list('persona=%C3%A6ldre')).toEqual(['Ældre']);
    expect(await list('status=draft')).toEqual(['Barn']);
    expect(await list('sort=title&order=asc')).toEqual(['Barn', 'Sygemeldt', 'Ældre']);
    const bad = await api(t.app, viewer, 'GET', '/journeys?sort=nonsense');
    expect(bad.statusCode).toBe(400);
  });

  it('lets viewers read only, staff edit only their own units, and hides other municipalities', async () => {
    const body = { journey: { ...journeyOf('A B'), title: 'Staff', ownerUnitId: unitId } };
    expect((await api(t.app, viewer, 'POST', '/journeys', body)).statusCode).toBe(403);
    const mine = await api(t.app, staff, 'POST', '/journeys', body);
    expect(mine.statusCode).toBe(201);
    const foreign = await api(t.app, staff, 'POST', '/journeys', {
      journey: { ...body.journey, ownerUnitId: otherUnitId },
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('journey_not_your_unit');
    const id = mine.json().journey.id;
    const moveAway = await api(t.app, staff, 'POST', `/journeys/${id}/versions`, {
      baseVersion: 1,
      journey: { ...body.journey, ownerUnitId: otherUnitId },
    });
    expect(moveAway.statusCode).toBe(403);
    const list = (await api(t.app, staff, 'GET', '/journeys')).json().journeys;
    expect(list.find((j: { id: string }) => j.id === id).canEdit).toBe(true);
    expect(list.find((j: { title: string }) => j.title === 'Ældre').canEdit).toBe(false);
    expect((await api(t.app, otherAdmin, 'GET', '/journeys')).json().journeys).toEqual([]);
    for (const url of [
      `/journeys/${id}`,
      `/journeys/${id}/versions`,
      `/journeys/${id}/versions/1`,
      `/journeys/${id}/export`,
      `/journeys/${id}/experience`,
      `/journeys/compare?before=${id}&after=${id}`,
    ]) {
      expect((await api(t.app, otherAdmin, 'GET', url)).statusCode, url).toBe(404);
    }
    const file = (await api(t.app, staff, 'GET', `/journeys/${id}/export`)).body;
    expect((await api(t.app, viewer, 'POST', '/journeys/import', { json: file })).statusCode).toBe(403);
    const foreignImport = await api(t.app, otherAdmin, 'POST', '/journeys/import', { json: file });
    expect(foreignImport.statusCode).toBe(201);
    expect(foreignImport.json().journey.ownerUnitId).toBeNull();
    const asStaff = await api(t.app, staff, 'POST', '/journeys/import', {
      json: file,
      ownerUnitId: otherUnitId,
    });
    expect(asStaff.json().error.code).toBe('journey_not_your_unit');
    const audit = (await api(t.app, admin, 'GET', '/audit')).json();
    expect(JSON.stringify(audit)).toContain('journey.create');
  });

  it('names the path of unknown references and unknown units, and saves nothing', async () => {
    const broken = journeyOf('A B');
    const steps = broken.steps.map((s, i) => (i === 1 ? { ...s, actorId: 'nobody' } : s));
    const res = await api(t.app, admin, 'POST', '/journeys', {
      journey: { ...broken, title: 'Brudt', steps },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      { path: 'journey.steps[1].actorId', message: 'Aktøren "nobody" findes ikke i rejsen.' },
    ]);
    const unknownUnit = await api(t.app, admin, 'POST', '/journeys', {
      journey: { ...broken, title: 'Brudt', ownerUnitId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknownUnit.json().error.fields[0].path).toBe('journey.ownerUnitId');
    const titles = (await api(t.app, admin, 'GET', '/journeys'))
      .json()
      .journeys.map((j: { title: string }) => j.title);
    expect(titles).not.toContain('Brudt');
  });
});
