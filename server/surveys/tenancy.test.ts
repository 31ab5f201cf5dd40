import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, createTestApp, describeDb, login, makeTenant, type TestApp } from '../../test/app.ts';
import { openSurveyFor } from './test-helpers.ts';

/** A municipality can neither see nor touch another's surveys, kiosks, results or alert rules. */
describeDb('survey tenancy', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof makeTenant>>;
  let b: Awaited<ReturnType<typeof makeTenant>>;
  beforeAll(async () => {
    t = await createTestApp();
    a = await makeTenant(t.database, 'surveya');
    b = await makeTenant(t.database, 'surveyb');
  });
  afterAll(() => t.close());

  it('answers 404 for the other municipality exactly as for a missing id', async () => {
    const bAnalyst = await login(t.app, 'analyst@surveyb.dk');
    const bSurvey = await openSurveyFor(t.app, bAnalyst, b.unit.id);
    const aAdmin = await login(t.app, 'admin@surveya.dk');
    const missing = '00000000-0000-4000-8000-000000000000';
    const cases: Array<['GET' | 'POST' | 'PATCH', string, unknown?]> = [
      ['GET', '/surveys/ID'],
      ['PATCH', '/surveys/ID', { title: 'Overtaget' }],
      ['POST', '/surveys/ID/close'],
      ['POST', '/surveys/ID/versions'],
      ['GET', '/surveys/ID/stats'],
      ['GET', '/surveys/ID/free-text'],
      ['GET', '/surveys/ID/export.csv'],
      ['GET', '/surveys/ID/qr.png'],
      ['GET', '/surveys/ID/kiosks'],
      ['POST', '/surveys/ID/kiosks', { name: 'Fremmed' }],
      ['GET', '/surveys/ID/smiley'],
    ];
    for (const [method, path, body] of cases) {
      const foreign = await api(t.app, aAdmin, method, path.replace('ID', bSurvey.id), body);
      const absent = await api(t.app, aAdmin, method, path.replace('ID', missing), body);
      expect(foreign.statusCode, `${method} ${path}`).toBe(404);
      expect(foreign.json()).toEqual(absent.json());
    }
    expect((await api(t.app, aAdmin, 'GET', '/surveys')).json().surveys).toEqual([]);
    const rule = { windowMinutes: 15, minPresses: 4, unhappyShare: 0.5 };
    expect((await api(t.app, aAdmin, 'POST', `/units/${b.unit.id}/smiley-alert`, rule)).statusCode).toBe(404);
    expect((await api(t.app, aAdmin, 'GET', `/units/${b.unit.id}/smiley-alert`)).statusCode).toBe(404);
    const useForeignUnit = await api(t.app, aAdmin, 'POST', '/surveys', { title: 'X', unitIds: [b.unit.id] });
    expect(useForeignUnit.json().error.fields[0].path).toBe('unitIds');
  });

  it('stores a public response under the municipality the token belongs to', async () => {
    const aAnalyst = await login(t.app, 'analyst@surveya.dk');
    const survey = await openSurveyFor(t.app, aAnalyst, a.unit.id);
    const res = await t.app.inject({
      method: 'POST',
      url: survey.path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'step=2&nav=submit&a.coherence.solutions=5',
    });
    expect(res.statusCode).toBe(303);
    const rows = await t.database.db
      .selectFrom('survey_response')
      .select(['municipality_id'])
      .where('survey_id', '=', survey.id)
      .execute();
    expect(rows).toEqual([{ municipality_id: a.municipality.id }]);
  });
});
