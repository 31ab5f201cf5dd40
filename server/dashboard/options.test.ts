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

/* The scope picker names a touchpoint by its step in the journey, not by the step's id. */
describeDb('dashboard options', () => {
  let t: TestApp;
  let viewer: Session;
  let journeyId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'opts');
    const admin = await login(t.app, tenant.users.admin.email);
    viewer = await login(t.app, tenant.users.viewer.email);
    const journey = {
      ...journeyOf('A B A', { 1: { description: 'Møde på jobcentret' } }),
      title: 'Sygemeldt',
    };
    const created = await api(t.app, admin, 'POST', '/journeys', { journey });
    expect(created.statusCode, created.body).toBe(201);
    journeyId = created.json().journey.id;
    const m = tenant.municipality.id;
    for (const [k, step] of [
      ['a', 's2'],
      ['b', 'gone'],
    ] as const) {
      await t.database.db
        .insertInto('survey')
        .values({
          municipality_id: m,
          title: `S ${k}`,
          definition: '{"sets":["coherence"]}',
          public_token: `opts-${k}`,
          journey_id: journeyId,
          touchpoint_id: step,
        })
        .execute();
    }
  });
  afterAll(() => t?.close());

  it('lists each touchpoint with its step number and text', async () => {
    const res = await api(t.app, viewer, 'GET', '/dashboard/options');
    expect(res.statusCode).toBe(200);
    const journey = res.json().journeys.find((j: { id: string }) => j.id === journeyId);
    expect(journey.title).toBe('Sygemeldt');
    expect(journey.touchpoints).toEqual([
      { id: 's2', step: 2, description: 'Møde på jobcentret' },
      { id: 'gone', step: null, description: null },
    ]);
  });
});
