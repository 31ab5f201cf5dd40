import ExcelJS from 'exceljs';
import { sql } from 'kysely';
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
import { buildApp } from '../app.ts';
import { makeUnitTree } from '../seed/factories.ts';
import type { Figure } from './cells.ts';
import { rebuildSurveyRollup } from './queue.ts';
import { rollUp } from './repository.ts';
import { coherence, insertResponses, repeated } from './test-responses.ts';

/*
 * Expected values were computed independently with SciPy 1.17 (not with our code):
 *   x = [5, 4, 4, 2, 1]; mean 3.2; sd = x.std(ddof=1) = 1.6431677;
 *   t.ppf(0.975, 4) · sd / √5 → 95 % CI [1.1597379, 5.2402621];
 *   binomtest(3, 5).proportion_ci(method='wilson') → [0.2307243, 0.8823792].
 *   ttest_ind(unit, rest, equal_var=False) for X=[5,4]×15, Y=[2,1]×15, Z=[4,3]×15, each against the
 *   other two: p = 2.409e-19, 4.921e-31, 0.029706; Holm-adjusted 4.818e-19, 1.476e-30, 0.029706.
 */
const HOUR = '2026-03-10T10:00:00Z';
const Q = 'from=2026-01-01&to=2026-06-30';

describeDb('dashboard API', () => {
  let t: TestApp;
  let session: Session;
  let units: Map<string, string>;
  let m: string;
  let surveyId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'dash');
    m = tenant.municipality.id;
    units = await makeUnitTree(t.database.db, m, [
      {
        name: 'A',
        kind: 'department',
        children: ['A1', 'A2', 'A3', 'C'].map((name) => ({ name, kind: 'unit' as const })),
      },
      { name: 'B', kind: 'unit' },
    ]);
    const survey = await t.database.db
      .insertInto('survey')
      .values({
        municipality_id: m,
        title: 'Test',
        definition: JSON.stringify({ sets: ['coherence'] }),
        public_token: 'dash-t',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const id = (name: string) => units.get(name) as string;
    surveyId = survey.id;
    await insertResponses(t.database.db, m, survey.id, [
      // B: exactly the minimum of five valid answers, plus one respondent who answered "ved ikke" to all.
      { unitId: id('B'), hour: HOUR, answers: coherence([5, 5, 5, 5, 5, 5]), text: 'Meget venlig betjening' },
      { unitId: id('B'), hour: HOUR, answers: coherence([4, 4, 4, 4, 4, 4]) },
      { unitId: id('B'), hour: HOUR, answers: coherence([4, 4, 5, 3, 4, 4]) },
      { unitId: id('B'), hour: HOUR, answers: coherence([2, 2, 2, 2, 2, 'dk']) },
      { unitId: id('B'), hour: HOUR, answers: coherence([1, 1, 'dk', 'dk', 'dk', 1]) },
      { unitId: id('B'), hour: HOUR, answers: coherence(['dk', 'dk', 'dk', 'dk', 'dk', 'dk']) },
      ...repeated(id('A1'), HOUR, [4], 5),
      { unitId: id('A1'), hour: HOUR, answers: coherence(['dk', 3, 3, 3, 3, 3]) },
      ...repeated(id('A2'), HOUR, [3], 3),
      ...repeated(id('A3'), HOUR, [5, 2], 6),
      ...repeated(id('C'), HOUR, [5], 1),
    ]);
    session = await login(t.app, tenant.users.viewer.email);
  });
  afterAll(() => t?.close());

  const get = async (url: string) => {
    const res = await api(t.app, session, 'GET', url);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const figureOf = (indicators: { itemId: string; figure: Figure }[], itemId: string): Figure => {
    const found = indicators.find((i) => i.itemId === itemId);
    if (!found) throw new Error(`no ${itemId}`);
    return found.figure;
  };
  const solutions = (indicators: { itemId: string; figure: Figure }[]) =>
    figureOf(indicators, 'coherence.solutions');

  async function checkUnitB() {
    const body = await get(`/dashboard/overview?${Q}&unitId=${units.get('B')}`);
    const f = solutions(body.indicators);
    expect(f.status).toBe('shown');
    expect(f.n).toBe(5);
    expect(f.mean).toBeCloseTo(3.2, 10);
    expect(f.ci?.lower).toBeCloseTo(1.1597379, 6);
    expect(f.ci?.upper).toBeCloseTo(5.2402621, 6);
    expect(f.positiveShare).toBeCloseTo(0.6, 10);
    expect(f.positiveCi?.lower).toBeCloseTo(0.2307243, 6);
    expect(f.positiveCi?.upper).toBeCloseTo(0.8823792, 6);
    expect(f.dontKnowShare).toBeCloseTo(1 / 6, 10);
    expect(f.distribution).toEqual(
      [5, 4, 3, 2, 1].map((value) => ({ value, count: value === 4 ? 2 : value === 3 ? 0 : 1 })),
    );
    // The index: per respondent the mean of their valid answers (≥ 3), here [5, 4, 4, 2, 1] again.
    const index = figureOf(body.indicators, 'index.coherence');
    expect(index.n).toBe(5);
    expect(index.mean).toBeCloseTo(3.2, 10);
    expect(index.ci?.lower).toBeCloseTo(1.1597379, 6);
    expect(index.positiveShare).toBeCloseTo(0.6, 10);
    expect(body.respondents).toEqual({ status: 'shown', n: 6 });
  }

  it('computes exact figures while the responses are still queued', checkUnitB);

  it('gives the same figures after the roll-up moved them into the pre-aggregation', async () => {
    // The app's own roll-up tick (every 5 s) may have moved the queue already on a slow machine, so the
    // test does not ask who moved it: afterwards nothing waits and the rollup holds this municipality's rows.
    await rollUp(t.database.db);
    const rolled = await sql<{
      n: number;
    }>`select count(*)::int as n from dashboard_rollup where municipality_id = ${m}`.execute(t.database.db);
    expect(rolled.rows[0]?.n).toBeGreaterThan(0);
    const pending = await sql<{ n: number }>`select count(*)::int as n from dashboard_pending`.execute(
      t.database.db,
    );
    expect(pending.rows[0]?.n).toBe(0);
    await checkUnitB();
  });

  it('answers byte for byte the same with the production serializer (no zod check)', async () => {
    const fast = await buildApp({ database: t.database, config: { ...t.app.config, checkResponses: false } });
    try {
      const scope = `${Q}&unitId=${units.get('A')}`;
      for (const url of [
        `/dashboard/overview?${Q}`,
        `/dashboard/overview?${Q}&channel=link&languages=da`,
        `/dashboard/trend?${scope}&interval=month&item=coherence.solutions`,
        `/dashboard/comparison?${scope}&item=index.coherence&level=units`,
        `/dashboard/answers-by-language?${Q}`,
        '/dashboard/options',
      ]) {
        const checked = await api(t.app, session, 'GET', url);
        const plain = await api(fast, session, 'GET', url);
        expect(checked.statusCode, checked.body).toBe(200);
        expect(plain.body, url).toBe(checked.body);
      }
    } finally {
      await fast.close();
    }
  });

  it('hides small units and the sibling that would give them away', async () => {
    const body = await get(`/dashboard/comparison?${Q}&unitId=${units.get('A')}&item=coherence.solutions`);
    const rows = body.series[0].rows as { name: string; figure: { status: string; n: number | null } }[];
    const status = Object.fromEntries(rows.map((r) => [r.name, r.figure.status]));
    // A2 (3) and C (1) are hidden; together 4 < 5, so the smallest visible sibling A1 (5) goes too.
    expect(status).toEqual({ A1: 'complementary', A2: 'suppressed', A3: 'shown', C: 'suppressed' });
    expect(rows.find((r) => r.name === 'A1')?.figure.n).toBeNull();
    const c = await get(`/dashboard/overview?${Q}&unitId=${units.get('C')}`);
    expect(solutions(c.indicators)).toMatchObject({ status: 'suppressed', mean: null, n: null });
    const empty = await get(`/dashboard/overview?from=2020-01-01&to=2020-12-31&unitId=${units.get('B')}`);
    expect(empty.indicators).toEqual([]);
    expect(empty.respondents.status).toBe('empty');
  });

  it('keeps the rollup exact when a response is erased and its survey rebuilt', async () => {
    await t.database.db.transaction().execute(async (tx) => {
      await sql`delete from survey_response where municipality_id = ${m} and unit_id = ${units.get('C')}`.execute(
        tx,
      );
      await rebuildSurveyRollup(tx, { municipalityId: m }, surveyId);
    });
    const body = await get(`/dashboard/overview?${Q}`);
    expect(body.respondents.n).toBe(6 + 6 + 3 + 6);
  });

  it('lists free text newest first only for large enough groups, and exports CSV and XLSX', async () => {
    const b = await get(`/dashboard/free-text?${Q}&unitId=${units.get('B')}`);
    expect(b).toMatchObject({ status: 'suppressed', answers: [], minimum: 10 });
    const all = await get(`/dashboard/free-text?${Q}&q=venlig`);
    expect(all.answers.map((a: { body: string }) => a.body)).toEqual(['Meget venlig betjening']);
    const csv = await api(
      t.app,
      session,
      'GET',
      `/dashboard/export?${Q}&unitId=${units.get('B')}&item=coherence.solutions&dialect=machine`,
    );
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('"coherence.solutions"');
    expect(csv.body).toMatch(/,5,1,3\.2,1\.6431676725154\d*,/);
    const xlsx = await api(
      t.app,
      session,
      'GET',
      `/dashboard/export?${Q}&unitId=${units.get('B')}&item=coherence.solutions&format=xlsx`,
    );
    expect(xlsx.headers['content-type']).toContain('spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Borgerblik');
    expect(sheet?.getRow(3).getCell(1).value).toBe('Afsnit');
    expect(sheet?.getRow(3).getCell(9).value).toBe('Gennemsnit');
    // The same figures as the CSV, still numbers: n, don't know, mean of coherence.solutions.
    const row = sheet
      ?.getRows(4, sheet.rowCount - 3)
      ?.find((r) => r.getCell(3).value === 'coherence.solutions');
    expect([row?.getCell(7).value, row?.getCell(8).value, row?.getCell(9).value]).toEqual([5, 1, 3.2]);
  });
});

describeDb('dashboard comparison', () => {
  let t: TestApp;
  let session: Session;

  beforeAll(async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'cmp');
    const m = tenant.municipality.id;
    const units = await makeUnitTree(
      t.database.db,
      m,
      ['X', 'Y', 'Z'].map((name) => ({ name, kind: 'unit' as const })),
    );
    const survey = await t.database.db
      .insertInto('survey')
      .values({
        municipality_id: m,
        title: 'C',
        definition: JSON.stringify({ sets: ['coherence'] }),
        public_token: 'cmp-t',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const id = (name: string) => units.get(name) as string;
    await insertResponses(t.database.db, m, survey.id, [
      ...repeated(id('X'), HOUR, [5, 4], 30),
      ...repeated(id('Y'), HOUR, [2, 1], 30),
      ...repeated(id('Z'), HOUR, [4, 3], 30),
    ]);
    session = await login(t.app, tenant.users.analyst.email);
  });
  afterAll(() => t?.close());

  it('marks units that differ from the rest after Holm adjustment', async () => {
    const res = await api(
      t.app,
      session,
      'GET',
      `/dashboard/comparison?${Q}&item=coherence.solutions&level=units`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const rows = res.json().series[0].rows as {
      name: string;
      p: number;
      pAdjusted: number;
      marker: string;
      diff: number;
    }[];
    expect(rows.map((r) => r.name)).toEqual(['X', 'Z', 'Y', 'Borgerservice cmp']);
    const by = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(by.X?.p).toBeCloseTo(2.409e-19, 21);
    expect(by.Y?.pAdjusted).toBeCloseTo(1.476e-30, 32);
    expect(by.Z?.p).toBeCloseTo(0.029706, 6);
    expect(by.Z?.pAdjusted).toBeCloseTo(0.029706, 6);
    expect(by.Z?.diff).toBeCloseTo(0.5, 10);
    expect(rows.map((r) => r.marker)).toEqual(['higher', 'higher', 'lower', null]);
  });

  it('draws weekly trends from the week tier, Mondays inside the period', async () => {
    const res = await api(
      t.app,
      session,
      'GET',
      `/dashboard/trend?from=2026-03-01&to=2026-03-31&interval=week&item=coherence.solutions`,
    );
    const points = res.json().series[0].points as {
      start: string;
      figure: { status: string; n: number | null };
    }[];
    // March 2026 starts on a Sunday: the weeks starting inside it are the 2nd, 9th, 16th, 23rd and 30th.
    expect(points.map((p) => p.start)).toEqual([
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
    ]);
    expect(points[1]?.figure).toMatchObject({ status: 'shown', n: 90 });
  });

  it('draws the trend per month with hidden empty months', async () => {
    const res = await api(
      t.app,
      session,
      'GET',
      `/dashboard/trend?${Q}&interval=month&item=coherence.solutions`,
    );
    const points = res.json().series[0].points as {
      start: string;
      figure: { status: string; n: number | null };
    }[];
    expect(points.map((p) => p.start)).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
    ]);
    expect(points.map((p) => p.figure.status)).toEqual([
      'empty',
      'empty',
      'shown',
      'empty',
      'empty',
      'empty',
    ]);
    expect(points[2]?.figure.n).toBe(90);
  });
});
