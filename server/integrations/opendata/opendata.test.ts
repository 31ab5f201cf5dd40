import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  api,
  createTestApp,
  describeDb,
  login,
  makeTenant,
  type Session,
  type TestApp,
} from '../../../test/app.ts';
import { ITEM_ORDER } from '../../dashboard/overview.ts';
import { coherence, insertResponses, repeated } from '../../dashboard/test-responses.ts';
import { makeUnitTree } from '../../seed/factories.ts';
import type { OpenFigure } from './figures.ts';

const Q = 'from=2026-01-01&to=2026-04-30';

/** Open data is the dashboard's trend per unit and month: same figures, no hidden cell. */
describeDb('open data', () => {
  let t: TestApp;
  let admin: Session;
  let viewer: Session;
  let units: Map<string, string>;
  beforeAll(async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'aaben');
    const m = tenant.municipality.id;
    units = await makeUnitTree(t.database.db, m, [
      {
        name: 'A',
        kind: 'department',
        children: ['A1', 'A2', 'A3'].map((name) => ({ name, kind: 'unit' as const })),
      },
      { name: 'B', kind: 'unit' },
    ]);
    const survey = await t.database.db
      .insertInto('survey')
      .values({
        municipality_id: m,
        title: 'Test',
        definition: JSON.stringify({ sets: ['coherence'] }),
        public_token: 'open-t',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const id = (name: string) => units.get(name) as string;
    const jan = '2026-01-15T10:00:00Z';
    const feb = '2026-02-10T10:00:00Z';
    const mar = '2026-03-03T10:00:00Z';
    await insertResponses(t.database.db, m, survey.id, [
      ...repeated(id('A1'), jan, [4, 5, 2], 7),
      ...repeated(id('A2'), jan, [3], 2), // below the minimum: hidden, and A3 or A1 with it
      ...repeated(id('A3'), jan, [5, 1], 6),
      ...repeated(id('A1'), feb, [3, 4], 5),
      ...repeated(id('B'), feb, [2, 5, 4], 9),
      ...repeated(id('B'), mar, [1], 4), // B in March is hidden, and so is B's period total complement
      { unitId: id('B'), hour: mar, answers: coherence(['dk', 3, 3, 3, 3, 3]) },
    ]);
    admin = await login(t.app, tenant.users.admin.email);
    viewer = await login(t.app, tenant.users.viewer.email);
  });
  afterAll(() => t.close());

  const open = (file: string, q: string) => t.app.inject({ method: 'GET', url: `/open/aaben/${file}?${q}` });

  it('is off by default and switched by admins only', async () => {
    expect((await open('indicators.json', 'from=2026-01&to=2026-04')).statusCode).toBe(404);
    expect((await api(t.app, viewer, 'PATCH', '/integrations/open-data', { enabled: true })).statusCode).toBe(
      403,
    );
    const on = await api(t.app, admin, 'PATCH', '/integrations/open-data', { enabled: true });
    expect(on.json()).toMatchObject({ enabled: true, urls: { json: '/open/aaben/indicators.json' } });
  });

  it('publishes exactly the figures the dashboard shows per unit and month, and none it hides', async () => {
    const res = await open('indicators.json', 'from=2026-01&to=2026-04');
    expect(res.statusCode, res.body).toBe(200);
    const body: { figures: OpenFigure[]; from: string; to: string; minGroupSize: number } = res.json();
    expect(body).toMatchObject({ from: '2026-01-01', to: '2026-04-30' });
    const published = new Map(body.figures.map((f) => [`${f.unitId ?? 'all'}|${f.month}|${f.itemId}`, f]));
    let shown = 0;
    let hidden = 0;
    for (const unitId of [null, ...units.values()]) {
      for (const item of ITEM_ORDER) {
        const scope = unitId ? `&unitId=${unitId}` : '';
        const trend = (
          await api(t.app, viewer, 'GET', `/dashboard/trend?${Q}&interval=month&item=${item}${scope}`)
        ).json();
        for (const series of trend.series) {
          for (const p of series.points) {
            const key = `${unitId ?? 'all'}|${p.start.slice(0, 7)}|${series.itemId}`;
            const f = published.get(key);
            if (p.figure.status === 'shown') {
              shown++;
              expect(f, key).toMatchObject({
                n: p.figure.n,
                mean: p.figure.mean,
                ciLower: p.figure.ci.lower,
                positiveShare: p.figure.positiveShare,
              });
            } else {
              if (p.figure.status !== 'empty') hidden++;
              expect(f, key).toBeUndefined();
            }
          }
        }
      }
    }
    expect(body.figures).toHaveLength(shown);
    expect(shown).toBeGreaterThan(10);
    expect(hidden).toBeGreaterThan(0);
    expect(body.figures.every((f) => f.n >= body.minGroupSize)).toBe(true);
  });

  it('serves the same rows as CSV and a DCAT-AP record', async () => {
    const json = (await open('indicators.json', 'from=2026-01&to=2026-04')).json();
    const csv = await open('indicators.csv', 'from=2026-01&to=2026-04');
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'unitId,unitName,parentUnitId,month,itemId,scaleId,n,mean,ciLower,ciUpper,positiveShare,dontKnowShare',
    );
    expect(lines).toHaveLength(json.figures.length + 1);
    const catalog = (await t.app.inject({ method: 'GET', url: '/open/aaben/catalog.jsonld' })).json();
    expect(catalog['@type']).toBe('dcat:Dataset');
    expect(catalog['dcat:distribution'].map((d: { 'dct:format': string }) => d['dct:format'])).toEqual([
      'JSON',
      'CSV',
    ]);
  });

  it('stops publishing when switched off', async () => {
    await api(t.app, admin, 'PATCH', '/integrations/open-data', { enabled: false });
    expect((await open('indicators.csv', 'from=2026-01&to=2026-04')).statusCode).toBe(404);
  });
});
