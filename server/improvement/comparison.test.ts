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
import { insertSurvey, insertSurveyAnswers } from './survey-fixture.ts';

describeDb('improvement: test unit against comparison unit', () => {
  let t: TestApp;
  let staff: Session;
  let viewer: Session;
  let testUnit: string;
  let comparisonUnit: string;
  beforeAll(async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'cmp');
    const m = tenant.municipality.id;
    testUnit = tenant.unit.id;
    comparisonUnit = (
      await makeUnit(t.database.db, m, { name: 'Borgerservice Syd', kind: 'unit', isEntrance: true })
    ).id;
    staff = await login(t.app, 'staff@cmp.dk');
    viewer = await login(t.app, 'viewer@cmp.dk');
    const db = t.database.db;
    const surveyId = await insertSurvey(db, m, 'Sammenligning', testUnit);
    const hour = new Date('2026-05-11T09:00:00Z');
    // Item B of shared/evaluation/evaluation.test.ts: SciPy's Mann–Whitney p = 0.5760599602287749 (continuity corrected).
    await insertSurveyAnswers(db, m, {
      surveyId,
      unitId: comparisonUnit,
      hour,
      counts: { 'coherence.respect': { 1: 2, 2: 4, 3: 9, 4: 7, 5: 3 }, 'coherence.language': { 4: 2, 5: 1 } },
    });
    await insertSurveyAnswers(db, m, {
      surveyId,
      unitId: testUnit,
      hour,
      counts: { 'coherence.respect': { 1: 2, 2: 4, 3: 8, 4: 8, 5: 5 }, 'coherence.language': { 5: 3 } },
    });
    // Answers outside the test period must not count.
    await insertSurveyAnswers(db, m, {
      surveyId,
      unitId: testUnit,
      hour: new Date('2026-07-01T09:00:00Z'),
      counts: { 'coherence.respect': { 1: 40 } },
    });
  });
  afterAll(() => t.close());

  const plan = () => ({
    title: 'Ny skiltning',
    design: 'comparison',
    testStart: '2026-05-01',
    testEnd: '2026-05-31',
    measures: { items: ['coherence.respect', 'coherence.language'] },
    testUnitIds: [testUnit],
    comparisonUnitIds: [comparisonUnit],
  });

  it('needs a comparison unit and refuses viewers and unknown items', async () => {
    expect((await api(t.app, viewer, 'POST', '/improvement/initiatives', plan())).statusCode).toBe(403);
    const missing = await api(t.app, staff, 'POST', '/improvement/initiatives', {
      ...plan(),
      comparisonUnitIds: [],
    });
    expect(missing.json().error.fields[0].path).toBe('comparisonUnitIds');
    const unknown = await api(t.app, staff, 'POST', '/improvement/initiatives', {
      ...plan(),
      measures: { items: ['made.up'] },
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('compares the units in the test period, says no difference, and hides small groups', async () => {
    const { initiative } = (await api(t.app, staff, 'POST', '/improvement/initiatives', plan())).json();
    const report = (
      await api(t.app, staff, 'GET', `/improvement/initiatives/${initiative.id}/evaluation?lang=da`)
    ).json();
    const [respect, language] = report.items;
    expect(respect.nBefore).toBe(25);
    expect(respect.nAfter).toBe(27);
    expect(respect.p).toBeCloseTo(0.5760599602287749, 8); // scipy mannwhitneyu, continuity corrected
    expect(respect.verdict.key).toBe('no_difference');
    expect(language.before).toBeNull();
    expect(language.diff).toBeNull();
    expect(language.verdict.key).toBe('too_few');
    expect(report.headline).toBe('no_difference');
    const html = await api(
      t.app,
      staff,
      'GET',
      `/improvement/initiatives/${initiative.id}/report.html?lang=en`,
    );
    expect(html.body).toContain(
      'No reliable difference was found. That does not prove the initiative had no effect.',
    );
    expect(html.body).toContain('Hidden (fewer than 5 answers)');
  });
});
