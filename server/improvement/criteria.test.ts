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
import { insertSurvey, insertSurveyAnswers } from './survey-fixture.ts';

const item = { kind: 'item', itemId: 'satisfaction.overall' } as const;
const by = '2026-02-27';

describeDb('improvement: structured success criteria', () => {
  let t: TestApp;
  let staff: Session;
  let other: Session;
  let unitId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'crit');
    unitId = tenant.unit.id;
    await makeTenant(t.database, 'crit-other');
    staff = await login(t.app, 'staff@crit.dk');
    other = await login(t.app, 'admin@crit-other.dk');
    const db = t.database.db;
    const surveyId = await insertSurvey(db, tenant.municipality.id, 'Før og efter', unitId);
    // Means 3.04 (n 25) before and 3.81 (n 27) after, as in cycle.test.ts.
    const counts = (c: Record<number, number>) => ({ 'satisfaction.overall': c });
    const at = (hour: string, c: Record<number, number>) =>
      insertSurveyAnswers(db, tenant.municipality.id, {
        surveyId,
        unitId,
        hour: new Date(hour),
        counts: counts(c),
      });
    await at('2026-01-12T09:00:00Z', { 1: 3, 2: 5, 3: 8, 4: 6, 5: 3 });
    await at('2026-02-10T09:00:00Z', { 1: 1, 2: 2, 3: 6, 4: 10, 5: 8 });
  });
  afterAll(() => t.close());

  const plan = {
    title: 'Velkomst',
    design: 'before_after',
    baselineStart: '2026-01-05',
    baselineEnd: '2026-01-30',
    testStart: '2026-02-02',
    testEnd: '2026-02-27',
    measures: {
      items: ['satisfaction.overall'],
      categories: ['arrival'],
      counts: [{ label: 'Klager', before: 4, after: 1 }],
    },
    successCriteria: 'Gammel fritekst',
    testUnitIds: [] as string[],
  };
  const criterion = (over: Record<string, unknown> = {}) => ({
    measure: item,
    direction: 'up',
    target: { type: 'points', value: 0.5 },
    by,
    ...over,
  });
  const create = (criteria: unknown[]) =>
    api(t.app, staff, 'POST', '/improvement/initiatives', { ...plan, testUnitIds: [unitId], criteria });
  const fieldOf = async (criteria: unknown[]) => {
    const res = await create(criteria);
    expect(res.statusCode).toBe(400);
    return res.json().error.fields[0].path as string;
  };

  it('refuses criteria that are not measured, fall due before the test, or have no positive change', async () => {
    expect(await fieldOf([criterion({ measure: { kind: 'item', itemId: 'coherence.solutions' } })])).toBe(
      'criteria[0].measure',
    );
    expect(await fieldOf([criterion({ measure: { kind: 'count', label: 'Opkald' } })])).toBe(
      'criteria[0].measure',
    );
    expect(await fieldOf([criterion(), criterion({ by: '2026-01-01' })])).toBe('criteria[1].by');
    expect(await fieldOf([criterion({ target: { type: 'percent', value: -5 } })])).toMatch(
      /criteria.*0.*target.*value/,
    );
    expect(await fieldOf([criterion({ direction: 'sideways' })])).toMatch(/criteria.*0.*direction/);
    expect(await fieldOf([criterion({ measure: { kind: 'item', itemId: 'no.such' } })])).toMatch(
      /criteria.*0.*measure/,
    );
  });

  it('stores the criteria next to the legacy note, locks them at the start and judges them', async () => {
    const criteria = [
      criterion(),
      criterion({ target: { type: 'absolute', value: 4.5 } }),
      criterion({ target: { type: 'percent', value: 10 }, by: '2099-01-01' }),
      criterion({ target: { type: 'absolute', value: 4.5 }, direction: 'down', by: '2099-01-01' }),
      criterion({
        measure: { kind: 'count', label: 'Klager' },
        direction: 'down',
        target: { type: 'percent', value: 50 },
      }),
      criterion({ measure: { kind: 'rate', category: 'arrival' }, direction: 'down' }),
      criterion({
        measure: { kind: 'item', itemId: 'satisfaction.overall' },
        direction: 'down',
        target: { type: 'absolute', value: 1 },
        by: '2099-12-31',
      }),
    ];
    const res = await create(criteria);
    expect(res.statusCode).toBe(201);
    const initiative = res.json().initiative;
    expect(initiative.successCriteria).toBe('Gammel fritekst');
    expect(initiative.criteria).toHaveLength(7);
    expect(initiative.criteria[4]).toEqual(criteria[4]);
    const path = `/improvement/initiatives/${initiative.id}`;
    expect((await api(t.app, staff, 'POST', `${path}/start`)).statusCode).toBe(200);
    const locked = await api(t.app, staff, 'PATCH', path, { criteria: criteria.slice(1) });
    expect(locked.json().error.code).toBe('improvement_criteria_locked');

    const report = (await api(t.app, staff, 'GET', `${path}/evaluation?lang=en`)).json();
    expect(report.initiative.criteria).toHaveLength(7);
    const html = (await api(t.app, staff, 'GET', `${path}/report.html?lang=en`)).body;
    expect(html).toContain('rises by at least 0.5 points by 2026-02-27 (before 3.04, after 3.81)');
    expect(html).toContain('7 success criteria: 4 met, 1 not met, 2 cannot be judged.');
    expect(html).toContain('the target is not reached yet and its date has not passed');
    expect(html).toContain('observed hours are missing in one of the periods');
    expect((await api(t.app, other, 'GET', `${path}/evaluation`)).statusCode).toBe(404);
  });
});
