import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_JOURNEYS } from '../../shared/journey/demo.ts';
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

const paths = (body: { error: { fields?: { path: string }[] } }) =>
  (body.error.fields ?? []).map((f) => f.path);

describeDb('journeys: CJML 2.0 export and import', () => {
  let t: TestApp;
  let admin: Session;
  let staff: Session;
  let viewer: Session;
  let other: Session;
  let unitId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'cjml');
    unitId = tenant.unit.id;
    admin = await login(t.app, tenant.users.admin.email);
    staff = await login(t.app, tenant.users.staff.email);
    viewer = await login(t.app, tenant.users.viewer.email);
    const second = await makeTenant(t.database, 'cjml-other');
    other = await login(t.app, second.users.admin.email);
  });
  afterAll(() => t.close());

  const count = async (session: Session) =>
    (await api(t.app, session, 'GET', '/journeys')).json().journeys.length as number;
  const create = async (journey: object) =>
    (await api(t.app, admin, 'POST', '/journeys', { journey })).json().journey as { id: string };

  it('exports a version as a planned CJML journey and imports it as a new draft with the same steps', async () => {
    const demo = { ...DEMO_JOURNEYS.sickLeave, ownerUnitId: null };
    const created = await create(demo);
    const exported = await api(t.app, viewer, 'GET', `/journeys/${created.id}/cjml`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(exported.headers['content-disposition']).toMatch(/attachment; filename=".+-v1\.cjml\.xml"/);
    expect(exported.body).toContain('<CJML version="2.0"');
    expect(exported.body).toContain(`<journeyID>borgerblik-${created.id}-v1</journeyID>`);
    const imported = await api(t.app, admin, 'POST', '/journeys/import/cjml', {
      xml: exported.body,
      ownerUnitId: unitId,
    });
    expect(imported.statusCode).toBe(201);
    const [journey] = imported.json().journeys;
    expect(journey.status).toBe('draft');
    expect(journey.ownerUnitId).toBe(unitId);
    expect(
      journey.journey.steps.map((s: { id: string; actorId: string; channel: string }) => [
        s.id,
        s.actorId,
        s.channel,
      ]),
    ).toEqual(demo.steps.map((s) => [s.id, s.actorId, s.channel]));
    expect(journey.metrics.handovers).toBe(
      (await api(t.app, admin, 'GET', `/journeys/${created.id}`)).json().journey.metrics.handovers,
    );
  });

  it('exports an actual journey with timestamps from a start', async () => {
    const created = await create(
      journeyOf('A B', { 0: { durationMinutes: 30, emotion: -2 }, 1: { waitingMinutes: 60 } }),
    );
    const res = await api(
      t.app,
      admin,
      'GET',
      `/journeys/${created.id}/cjml?kind=actual&start=2024-05-01T08:00:00Z`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/-v1-actual\.cjml\.xml"/);
    expect(res.body).toContain('<actualJourney');
    expect(res.body).toContain(`<plannedReference>borgerblik-${created.id}-v1</plannedReference>`);
    expect(res.body).toContain('<timeStarted>2024-05-01T09:30:00.000Z</timeStarted>');
    expect(res.body).toContain('<experienceRating>1</experienceRating>');
    const bad = await api(t.app, admin, 'GET', `/journeys/${created.id}/cjml?kind=dreamt`);
    expect(bad.statusCode).toBe(400);
  });

  it('exports a deviating variant as an actual journey of the plan: its order, measured waits, deviations marked', async () => {
    // Plan: A → C → G. The variant (issue 19's deviation view) repeats C, skips G and goes back to A.
    const created = await create(journeyOf('A C G'));
    const url = `/journeys/${created.id}/cjml?kind=actual&variant=s1,s2,s2,s1&waits=,90,15,&title=${encodeURIComponent('Faktisk forløb (12 sager)')}`;
    const res = await api(t.app, viewer, 'GET', url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/-v1-variant\.cjml\.xml"/);
    expect(res.body).toContain('<actualJourney');
    expect(res.body).toContain(`<plannedReference>borgerblik-${created.id}-v1</plannedReference>`);
    expect(res.body).toContain('<journeyTitle>Faktisk forløb (12 sager)</journeyTitle>');
    const touchpoints = [...res.body.matchAll(/<touchpointID>([^<]+)<\/touchpointID>/g)].map((m) => m[1]);
    expect(touchpoints).toEqual(['s1~1', 'handover-s2~2', 's2~2', 's2~3', 'handover-s1~4', 's1~4']);
    // The repeat of C and the handover back from C to A are not in the plan; A → C is.
    const deviating = [
      ...res.body.matchAll(
        /<touchpointID>([^<]+)<\/touchpointID>(?:(?!<\/actualCommunicationPoint>)[\s\S])*<bb:deviation>true/g,
      ),
    ].map((m) => m[1]);
    expect(deviating).toEqual(['s2~3', 'handover-s1~4', 's1~4']);
    // Imported again, it is the variant's order with the measured waits.
    const imported = await api(t.app, admin, 'POST', '/journeys/import/cjml', { xml: res.body });
    expect(imported.statusCode).toBe(201);
    const steps = imported.json().journeys[0].journey.steps as { actorId: string }[];
    expect(steps.map((s) => s.actorId)).toEqual(['A', 'C', 'C', 'A']);
    // Given a start, the measured waits become the touchpoints' times (90 min before C, 15 before its repeat).
    const timed = await api(t.app, viewer, 'GET', `${url}&start=2024-05-01T08:00:00Z`);
    const started = [...timed.body.matchAll(/<timeStarted>([^<]+)<\/timeStarted>/g)].map((m) => m[1]);
    expect(started.slice(0, 3)).toEqual([
      '2024-05-01T08:00:00.000Z',
      '2024-05-01T09:30:00.000Z',
      '2024-05-01T09:45:00.000Z',
    ]);

    const unknown = await api(t.app, viewer, 'GET', `/journeys/${created.id}/cjml?kind=actual&variant=s1,s9`);
    expect(unknown.statusCode).toBe(400);
    expect(paths(unknown.json())).toEqual(['variant[1]']);
    const planned = await api(t.app, viewer, 'GET', `/journeys/${created.id}/cjml?kind=planned&variant=s1`);
    expect(planned.statusCode).toBe(400);
    const uneven = await api(
      t.app,
      viewer,
      'GET',
      `/journeys/${created.id}/cjml?kind=actual&variant=s1,s2&waits=5`,
    );
    expect(uneven.statusCode).toBe(400);
  });

  it('refuses bad files with a 400 naming each element path, and stores nothing', async () => {
    const before = await count(admin);
    const post = (xml: string) => api(t.app, admin, 'POST', '/journeys/import/cjml', { xml });
    const malformed = await post('<CJML version="2.0">\n<plannedJourney>\n</CJML>');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('journey_import_invalid');
    expect(malformed.json().error.fields[0]).toMatchObject({ path: '/' });
    expect(malformed.json().error.fields[0].message).toMatch(/^Ikke gyldig XML \(linje \d+\)/);

    const xxe = await post('<!DOCTYPE CJML [<!ENTITY x SYSTEM "file:///etc/passwd">]><CJML version="2.0"/>');
    expect(xxe.json().error.fields).toEqual([
      { path: '/', message: 'DOCTYPE og entiteter er ikke tilladt i en CJML-fil (linje 1).' },
    ]);

    const ghost = await post(`<CJML version="2.0"><plannedJourney><journeyID>x</journeyID>
<actors><endUser actorID="u"/><serviceProvider actorID="p"/></actors>
<touchpoints>
<plannedCommunicationPoint><touchpointID>1</touchpointID><initiator><refersTo actorIDref="p"/></initiator><receiver><refersTo actorIDref="u"/></receiver></plannedCommunicationPoint>
<plannedCommunicationPoint><touchpointID>2</touchpointID><initiator><refersTo actorIDref="u"/></initiator></plannedCommunicationPoint>
<plannedCommunicationPoint><touchpointID>3</touchpointID><initiator><refersTo actorIDref="nobody"/></initiator><receiver><refersTo actorIDref="u"/></receiver></plannedCommunicationPoint>
</touchpoints></plannedJourney></CJML>`);
    expect(ghost.statusCode).toBe(400);
    expect(ghost.json().error.fields).toEqual([
      {
        path: '/CJML/plannedJourney/touchpoints/plannedCommunicationPoint[2]/receiver',
        message: 'Elementet receiver mangler (linje 5).',
      },
      {
        path: '/CJML/plannedJourney/touchpoints/plannedCommunicationPoint[3]/initiator/refersTo/@actorIDref',
        message: 'Henviser til "nobody", som ikke findes i rejsen (linje 6).',
      },
    ]);

    // Rules of Borgerblik's schema (here a 4,001-character description) name the CJML element too.
    const long = await post(`<CJML version="2.0"><plannedJourney><journeyID>x</journeyID>
<actors><endUser actorID="u"/><serviceProvider actorID="p"/></actors><touchpoints>
<plannedCommunicationPoint><touchpointID>1</touchpointID><initiator><refersTo actorIDref="p"/></initiator><receiver><refersTo actorIDref="u"/></receiver><comment>${'x'.repeat(4001)}</comment></plannedCommunicationPoint>
</touchpoints></plannedJourney></CJML>`);
    expect(paths(long.json())).toEqual([
      '/CJML/plannedJourney/touchpoints/plannedCommunicationPoint[1]/comment',
    ]);

    const tooBig = await post(`<CJML version="2.0">${' '.repeat(5_000_000)}</CJML>`);
    expect(tooBig.statusCode).toBe(400);
    expect(paths(tooBig.json())).toEqual(['xml']);
    expect(await count(admin)).toBe(before);
  });

  it('imports all journeys of a file or none', async () => {
    const before = await count(admin);
    const created = await create(journeyOf('A B C'));
    const one = (await api(t.app, admin, 'GET', `/journeys/${created.id}/cjml`)).body;
    const body = one.slice(one.indexOf('<plannedJourney'), one.lastIndexOf('</CJML>'));
    const two = one.replace('</CJML>', `${body}</CJML>`);
    const ok = await api(t.app, admin, 'POST', '/journeys/import/cjml', { xml: two });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().journeys).toHaveLength(2);
    const broken = one.replace(
      '</CJML>',
      `${body.replace(/<journeyTitle>[^<]*</, `<journeyTitle>${'t'.repeat(201)}<`)}</CJML>`,
    );
    const refused = await api(t.app, admin, 'POST', '/journeys/import/cjml', { xml: broken });
    expect(refused.statusCode).toBe(400);
    expect(paths(refused.json())).toEqual(['/CJML/plannedJourney[2]/journeyTitle']);
    expect(await count(admin)).toBe(before + 3);
  });

  it("keeps municipalities apart: no export of another municipality's journey, imports land in the caller's", async () => {
    const created = await create(journeyOf('A B'));
    const foreign = await api(t.app, other, 'GET', `/journeys/${created.id}/cjml`);
    expect(foreign.statusCode).toBe(404);
    const xml = (await api(t.app, admin, 'GET', `/journeys/${created.id}/cjml`)).body;
    const otherBefore = await count(other);
    const adminBefore = await count(admin);
    const foreignOwner = await api(t.app, other, 'POST', '/journeys/import/cjml', {
      xml,
      ownerUnitId: unitId,
    });
    expect(foreignOwner.statusCode).toBe(400);
    expect(paths(foreignOwner.json())).toEqual(['ownerUnitId']);
    const imported = await api(t.app, other, 'POST', '/journeys/import/cjml', { xml });
    expect(imported.statusCode).toBe(201);
    expect(await count(other)).toBe(otherBefore + 1);
    expect(await count(admin)).toBe(adminBefore);
  });

  it('checks the role before the body: viewers get 403 whatever they send; staff only for their units', async () => {
    const garbage = await api(t.app, viewer, 'POST', '/journeys/import/cjml', { nonsense: 1 });
    expect(garbage.statusCode).toBe(403);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/journeys/import/cjml',
      payload: { xml: 1 },
    });
    expect(anonymous.statusCode).toBe(401);
    const created = await create(journeyOf('A'));
    const xml = (await api(t.app, admin, 'GET', `/journeys/${created.id}/cjml`)).body;
    const unowned = await api(t.app, staff, 'POST', '/journeys/import/cjml', { xml });
    expect(unowned.statusCode).toBe(403);
    expect(unowned.json().error.code).toBe('journey_not_your_unit');
  });
});
