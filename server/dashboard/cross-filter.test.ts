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
import { makeUnitTree } from '../seed/factories.ts';
import { coherence, insertResponses, type TestResponse } from './test-responses.ts';

type Point = { start: string; figure: { status: string; n: number | null } };

/** `count` responses of a unit in a month through a channel (all answers 4). */
const some = (unitId: string, month: string, channel: 'link' | 'qr', count: number): TestResponse[] =>
  Array.from({ length: count }, () => ({
    unitId,
    hour: `${month}-10T10:00:00Z`,
    channel,
    answers: coherence([4, 4, 4, 4, 4, 4]),
  }));

/*
 * Suppression across filters: a figure hidden in one view must not come back by subtracting figures
 * that other views show. Minimum group size 5 throughout.
 */
describeDb('dashboard suppression across filters', () => {
  let t: TestApp;
  let session: Session;
  let units: Map<string, string>;
  const id = (name: string) => units.get(name) as string;

  beforeAll(async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'xf');
    const m = tenant.municipality.id;
    units = await makeUnitTree(t.database.db, m, [
      {
        name: 'P',
        kind: 'department',
        children: ['U1', 'U2', 'U3'].map((name) => ({ name, kind: 'unit' as const })),
      },
      {
        name: 'Q',
        kind: 'department',
        children: ['V1', 'V2'].map((name) => ({ name, kind: 'unit' as const })),
      },
    ]);
    const survey = await t.database.db
      .insertInto('survey')
      .values({ municipality_id: m, title: 'X', definition: '{"sets":["coherence"]}', public_token: 'xf' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertResponses(t.database.db, m, survey.id, [
      // Months: U1 has 3 answers in January (hidden), 10 in February.
      ...some(id('U1'), '2026-01', 'link', 3),
      ...some(id('U2'), '2026-01', 'link', 10),
      ...some(id('U3'), '2026-01', 'link', 10),
      ...['U1', 'U2', 'U3'].flatMap((u) => some(id(u), '2026-02', 'link', 10)),
      // Channels: V1 has 6 by link and 3 by QR code (hidden under QR); V2 10 and 10.
      ...some(id('V1'), '2026-03', 'link', 6),
      ...some(id('V1'), '2026-03', 'qr', 3),
      ...some(id('V2'), '2026-03', 'link', 10),
      ...some(id('V2'), '2026-03', 'qr', 10),
    ]);
    session = await login(t.app, tenant.users.viewer.email);
  });
  afterAll(() => t?.close());

  const get = async (url: string) => {
    const res = await api(t.app, session, 'GET', url);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const overviewStatus = async (unit: string, query: string) =>
    (await get(`/dashboard/overview?${query}&unitId=${id(unit)}`)).respondents.status;
  const points = async (unit: string): Promise<Point[]> =>
    (await get(`/dashboard/trend?from=2026-01-01&to=2026-02-28&unitId=${id(unit)}&item=coherence.solutions`))
      .series[0].points;

  it('does not let "all channels minus the other channels" give away a hidden channel', async () => {
    const march = 'from=2026-03-01&to=2026-03-31';
    expect(await overviewStatus('V1', march)).toBe('shown'); // 9 over all channels
    expect(await overviewStatus('V1', `${march}&channel=qr`)).toBe('suppressed'); // 3
    // Shown, link's 6 would give QR's 3 as 9 − 6: so link is hidden too.
    expect(await overviewStatus('V1', `${march}&channel=link`)).toBe('complementary');
    const cmp = await get(
      `/dashboard/comparison?${march}&unitId=${id('Q')}&channel=link&item=coherence.solutions`,
    );
    const v1 = cmp.series[0].rows.find((r: { name: string }) => r.name === 'V1');
    expect(v1.figure).toMatchObject({ status: 'complementary', n: null });
  });

  it("does not let a parent's month minus the siblings' give away a unit's hidden month", async () => {
    const [janU1, febU1] = await points('U1');
    expect(janU1?.figure.status).toBe('suppressed'); // 3
    expect(febU1?.figure.status).toBe('complementary'); // else: the two months' total 13 − 10
    const janP = (await points('P'))[0];
    expect(janP?.figure).toMatchObject({ status: 'shown', n: 23 });
    // Shown, U2's and U3's January would give U1's as 23 − 10 − 10: at least one of them is hidden.
    const siblings = [(await points('U2'))[0], (await points('U3'))[0]].map((p) => p?.figure.status);
    expect(siblings.filter((s) => s === 'shown').length).toBeLessThanOrEqual(1);
    expect(siblings).toContain('complementary');
  });

  it('keeps every view consistent with the overview of the same period', async () => {
    const both = 'from=2026-01-01&to=2026-02-28';
    expect(await overviewStatus('U1', both)).toBe('shown'); // 13
    const sum = (await points('P')).reduce((s, p) => s + (p.figure.n ?? 0), 0);
    expect(sum).toBe(53);
  });
});
