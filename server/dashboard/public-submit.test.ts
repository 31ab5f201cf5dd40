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
import { registerToken } from '../tokens/repository.ts';

/*
 * End to end on the server: six citizens answer through the public no-JavaScript form (POST /s/{token}),
 * the dashboard reads them back. Expected, by hand: satisfaction answers 5, 4, 4, 2, 3 and "ved ikke" →
 * n = 5 (exactly the minimum group), mean 18 / 5 = 3.6, share positive (4 or 5) 3 / 5, "ved ikke" 1 / 6.
 */
describeDb('dashboard fed through the public survey form', () => {
  let t: TestApp;
  let session: Session;
  let token = '';

  beforeAll(async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'pub');
    const m = tenant.municipality.id;
    token = 'pub-dashboard-token-0123456789';
    const survey = await t.database.db
      .insertInto('survey')
      .values({
        municipality_id: m,
        title: 'Tilfredshed',
        status: 'open',
        definition: JSON.stringify({ sets: ['satisfaction'] }),
        public_token: token,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await registerToken(t.database.db, 'survey', token, { municipalityId: m }, survey.id);
    await t.database.db
      .insertInto('survey_unit')
      .values({ municipality_id: m, survey_id: survey.id, unit_id: tenant.unit.id })
      .execute();
    session = await login(t.app, tenant.users.viewer.email);
  });
  afterAll(() => t?.close());

  it('counts every submitted response in the dashboard', async () => {
    for (const answer of ['5', '4', '4', '2', '3', 'dk']) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/s/${token}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: `step=0&nav=submit&a.satisfaction.overall=${answer}`,
      });
      expect(res.statusCode, res.body.slice(0, 300)).toBe(303);
    }
    const year = new Date().getUTCFullYear();
    const res = await api(
      t.app,
      session,
      'GET',
      `/dashboard/overview?from=${year - 1}-01-01&to=${year}-12-31`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.respondents).toEqual({ status: 'shown', n: 6 });
    const f = body.indicators.find((i: { itemId: string }) => i.itemId === 'satisfaction.overall').figure;
    expect(f).toMatchObject({ status: 'shown', n: 5, mean: 3.6, positiveShare: 0.6 });
    expect(f.dontKnowShare).toBeCloseTo(1 / 6, 12);
  });
});
