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
import type { Db } from './common.ts';
import { insertSurvey, insertSurveyAnswers } from './survey-fixture.ts';

const text = { da: 'Personalet var venligt', en: 'The staff were friendly' };
const localQuestions = [
  { id: 'local.venlig', type: 'scale', scaleId: 'satisfaction5', text, required: false },
  {
    id: 'local.kanal',
    type: 'single_choice',
    text: { da: 'Hvordan kom du?' },
    required: false,
    options: [
      { key: 'bus', label: { da: 'Bus' } },
      { key: 'bil', label: { da: 'Bil' } },
    ],
  },
];

async function withLocalQuestions(db: Db, municipalityId: string, unitId: string, title: string) {
  const id = await insertSurvey(db, municipalityId, title, unitId);
  await db
    .updateTable('survey')
    .set({ definition: JSON.stringify({ sets: ['satisfaction'], localQuestions }) })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .execute();
  return id;
}

describeDb("improvement: a survey's local question as a measure and success criterion", () => {
  let t: TestApp;
  let staff: Session;
  let unitId: string;
  let surveyId: string;
  let foreignSurveyId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'lokal');
    const other = await makeTenant(t.database, 'lokal-other');
    unitId = tenant.unit.id;
    staff = await login(t.app, 'staff@lokal.dk');
    const db = t.database.db;
    const m = tenant.municipality.id;
    surveyId = await withLocalQuestions(db, m, unitId, 'Egne spørgsmål');
    foreignSurveyId = await withLocalQuestions(db, other.municipality.id, other.unit.id, 'Andre');
    // The counts of cycle.test.ts: SciPy's mannwhitneyu p = 0.018639840453144332 (continuity corrected).
    const at = (hour: string, c: Record<number, number>) =>
      insertSurveyAnswers(db, m, { surveyId, unitId, hour: new Date(hour), counts: { 'local.venlig': c } });
    await at('2026-01-12T09:00:00Z', { 1: 3, 2: 5, 3: 8, 4: 6, 5: 3 });
    await at('2026-02-10T09:00:00Z', { 1: 1, 2: 2, 3: 6, 4: 10, 5: 8 });
  }, 180_000);
  afterAll(() => t.close());

  const measure = (over: Record<string, unknown> = {}) => ({
    surveyId,
    questionId: 'local.venlig',
    ...over,
  });
  const plan = (local: unknown[], criteria: unknown[] = []) => ({
    title: 'Venlig modtagelse',
    design: 'before_after',
    baselineStart: '2026-01-05',
    baselineEnd: '2026-01-30',
    testStart: '2026-02-02',
    testEnd: '2026-02-27',
    measures: { items: [], local, categories: [], counts: [] },
    testUnitIds: [unitId],
    criteria,
  });
  const criterion = (m: Record<string, unknown> = measure()) => ({
    measure: { kind: 'local', ...m },
    direction: 'up',
    target: { type: 'points', value: 0.5 },
    by: '2026-02-27',
  });
  const refused = async (body: unknown) => {
    const res = await api(t.app, staff, 'POST', '/improvement/initiatives', body);
    expect(res.statusCode).toBe(400);
    const [field] = res.json().error.fields;
    return { path: field.path as string, message: field.message as string };
  };

  it('refuses a question of another municipality, an unknown question, a choice question and an unmeasured one', async () => {
    expect(await refused(plan([measure({ surveyId: foreignSurveyId })]))).toEqual({
      path: 'measures.local[0].surveyId',
      message: 'Henviser til noget, der ikke findes.',
    });
    expect((await refused(plan([measure({ questionId: 'local.ukendt' })]))).path).toBe(
      'measures.local[0].questionId',
    );
    expect(await refused(plan([measure({ questionId: 'local.kanal' })]))).toEqual({
      path: 'measures.local[0].questionId',
      message: 'Kun et spørgsmål med svarskala kan måles (ikke valg eller fritekst).',
    });
    expect((await refused(plan([], [criterion()]))).path).toBe('criteria[0].measure');
    expect((await refused(plan([measure({ questionId: 'venlig' })]))).path).toMatch(/measures.*local.*0/);
  });

  it('evaluates the answers exactly as a built-in item and judges the criterion by them', async () => {
    const res = await api(t.app, staff, 'POST', '/improvement/initiatives', plan([measure()], [criterion()]));
    expect(res.statusCode).toBe(201);
    const initiative = res.json().initiative;
    expect(initiative.measures.local).toEqual([measure()]);
    expect(initiative.criteria[0].measure).toEqual({ kind: 'local', ...measure() });
    const path = `/improvement/initiatives/${initiative.id}`;
    expect((await api(t.app, staff, 'POST', `${path}/start`)).statusCode).toBe(200);

    const report = (await api(t.app, staff, 'GET', `${path}/evaluation?lang=en`)).json();
    const [item] = report.items;
    expect(item.itemId).toBe(`${surveyId}/local.venlig`);
    expect(item.label).toBe('The staff were friendly');
    expect([item.nBefore, item.nAfter]).toEqual([25, 27]);
    expect(item.before.mean).toBeCloseTo(3.04, 10);
    expect(item.after.mean).toBeCloseTo(3.8148148148148149, 10);
    expect(item.p).toBeCloseTo(0.018639840453144332, 10);
    expect(item.ci.lower).toBeCloseTo(0.13555770050328564, 8);
    expect(item.verdict.key).toBe('improved');
    const html = (await api(t.app, staff, 'GET', `${path}/report.html?lang=da`)).body;
    expect(html).toContain('Personalet var venligt');
    expect(html).toContain(
      'Personalet var venligt: stiger mindst 0,5 point senest 2026-02-27 (før 3,04, efter 3,81)</th><td>Opfyldt',
    );
  });
});
