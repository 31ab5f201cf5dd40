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
import { makeUnit } from '../seed/factories.ts';
import { insertResponses, repeated } from './test-responses.ts';

const HOUR = '2026-03-10T10:00:00Z';
const Q = 'from=2026-01-01&to=2026-06-30';

/*
 * The dashboard keeps each municipality's settings, units and surveys between requests. Writes made
 * behind its back (another process, SQL straight to the database) must show on the very next request,
 * and one tenant's snapshot must never answer for another.
 */
describeDb('dashboard context snapshots', () => {
  let t: TestApp;
  let session: Session;
  let other: Session;
  let m: string;
  let unitId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'snap');
    m = tenant.municipality.id;
    unitId = tenant.unit.id;
    const survey = await t.database.db
      .insertInto('survey')
      .values({
        municipality_id: m,
        title: 'S',
        definition: '{"sets":["coherence"]}',
        public_token: 'snap-s',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertResponses(t.database.db, m, survey.id, repeated(unitId, HOUR, [4], 6));
    session = await login(t.app, tenant.users.viewer.email);
    other = await login(t.app, (await makeTenant(t.database, 'snap2')).users.viewer.email);
  });
  afterAll(() => t?.close());

  const get = (s: Session, url: string) => api(t.app, s, 'GET', url);

  it('sees a changed minimum group size on the next request', async () => {
    const before = await get(session, `/dashboard/overview?${Q}`);
    expect(before.json().respondents).toEqual({ status: 'shown', n: 6 });
    await t.database.db.updateTable('municipality').set({ min_group_size: 7 }).where('id', '=', m).execute();
    const after = await get(session, `/dashboard/overview?${Q}`);
    expect(after.json().scope.minGroupSize).toBe(7);
    expect(after.json().respondents).toEqual({ status: 'suppressed', n: null });
    await t.database.db.updateTable('municipality').set({ min_group_size: 5 }).where('id', '=', m).execute();
  });

  it('knows a unit created after the snapshot was taken, and its new name', async () => {
    expect((await get(session, `/dashboard/overview?${Q}`)).statusCode).toBe(200);
    const fresh = await makeUnit(t.database.db, m, { name: 'Ny enhed', kind: 'unit' });
    const res = await get(session, `/dashboard/overview?${Q}&unitId=${fresh.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().scope.unitName).toBe('Ny enhed');
    await t.database.db.updateTable('org_unit').set({ name: 'Omdøbt' }).where('id', '=', fresh.id).execute();
    expect((await get(session, `/dashboard/overview?${Q}&unitId=${fresh.id}`)).json().scope.unitName).toBe(
      'Omdøbt',
    );
  });

  it("never answers with another municipality's units", async () => {
    expect((await get(other, `/dashboard/overview?${Q}`)).json().respondents.status).toBe('empty');
    expect((await get(other, `/dashboard/overview?${Q}&unitId=${unitId}`)).statusCode).toBe(404);
  });

  it('keeps surveys on different scales apart, also when the second scale appears later', async () => {
    const before = await get(session, `/dashboard/overview?${Q}`);
    const scales = (body: { indicators: { itemId: string; scaleId: string }[] }) =>
      body.indicators.filter((i) => i.itemId === 'coherence.solutions').map((i) => i.scaleId);
    expect(scales(before.json())).toEqual(['agree5']);
    const six = await t.database.db
      .insertInto('survey')
      .values({
        municipality_id: m,
        title: 'Seks',
        definition: '{"sets":["coherence"],"scaleId":"agree6"}',
        public_token: 'snap-6',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertResponses(t.database.db, m, six.id, repeated(unitId, HOUR, [6], 5));
    const after = (await get(session, `/dashboard/overview?${Q}`)).json();
    expect(scales(after).sort()).toEqual(['agree5', 'agree6']);
    const n = after.indicators
      .filter((i: { itemId: string }) => i.itemId === 'coherence.solutions')
      .map((i: { scaleId: string; figure: { n: number } }) => [i.scaleId, i.figure.n]);
    expect(Object.fromEntries(n)).toEqual({ agree5: 6, agree6: 5 });
    // The trend's suppression counts are read per survey again once the scales differ (one grid per scale).
    const trend = (
      await get(session, `/dashboard/trend?${Q}&interval=month&item=coherence.solutions`)
    ).json();
    const perScale = trend.series.map(
      (s: { scaleId: string; points: { figure: { n: number | null } }[] }) => [
        s.scaleId,
        s.points.reduce((sum, p) => sum + (p.figure.n ?? 0), 0),
      ],
    );
    expect(Object.fromEntries(perScale)).toEqual({ agree5: 6, agree6: 5 });
  });
});
