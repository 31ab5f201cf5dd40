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
import { insertResponses, repeated } from './test-responses.ts';

/*
 * A trend point whose period is not over (the current month, week or quarter) or that the chosen
 * period cuts (a quarter whose first month lies before `from`) holds only part of its period: the API
 * marks it `partial`, so the chart, the table and the summary do not read it as a whole period.
 * There is no test clock: "today" is the machine's date, and the data are placed relative to it.
 */
describeDb('dashboard trend: partial periods', () => {
  let t: TestApp;
  let session: Session;
  const today = new Date().toISOString().slice(0, 10);
  const monthStart = (offset: number) => {
    const d = new Date();
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1)).toISOString().slice(0, 10);
  };

  beforeAll(async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'partial');
    const m = tenant.municipality.id;
    const survey = await t.database.db
      .insertInto('survey')
      .values({
        municipality_id: m,
        title: 'T',
        definition: JSON.stringify({ sets: ['coherence'] }),
        public_token: 'partial-t',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const unit = tenant.unit.id;
    await insertResponses(t.database.db, m, survey.id, [
      ...repeated(unit, `${monthStart(-1)}T10:00:00Z`, [4], 6),
      ...repeated(unit, `${today}T00:00:00Z`, [2], 6),
      ...repeated(unit, '2025-02-10T10:00:00Z', [3], 6),
      ...repeated(unit, '2025-05-10T10:00:00Z', [5], 6),
    ]);
    session = await login(t.app, tenant.users.viewer.email);
  });
  afterAll(() => t?.close());

  const points = async (query: string) => {
    const res = await api(t.app, session, 'GET', `/dashboard/trend?item=coherence.solutions&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().series[0].points as { start: string; partial: boolean; figure: { status: string } }[];
  };

  it('marks the current month partial and the months before it complete', async () => {
    const p = await points(`from=${monthStart(-2)}&to=${today}&interval=month`);
    expect(p.map((x) => [x.start, x.partial, x.figure.status])).toEqual([
      [monthStart(-2), false, 'empty'],
      [monthStart(-1), false, 'shown'],
      [monthStart(0), true, 'shown'],
    ]);
  });

  it('says so in the export too', async () => {
    const res = await api(
      t.app,
      session,
      'GET',
      `/dashboard/export?format=csv&item=coherence.solutions&from=${monthStart(-1)}&to=${today}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).toContain(`"${monthStart(0)} (delvis periode)"`);
    expect(res.body).not.toContain(`"${monthStart(-1)} (delvis periode)"`);
  });

  it('marks the current week partial', async () => {
    const p = await points(`from=${monthStart(-1)}&to=${today}&interval=week`);
    const monday = (() => {
      const d = new Date(`${today}T00:00:00Z`);
      return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
    })();
    for (const x of p) expect([x.start, x.partial]).toEqual([x.start, x.start === monday]);
  });

  it('marks a quarter that the chosen period cuts partial, and keeps its answers', async () => {
    // Before: the cut quarter was labelled 2025-01-08 (a week rule applied to quarters) and lost its data.
    const p = await points('from=2025-02-01&to=2025-06-30&interval=quarter');
    expect(p.map((x) => [x.start, x.partial, x.figure.status])).toEqual([
      ['2025-01-01', true, 'shown'],
      ['2025-04-01', false, 'shown'],
    ]);
  });
});
