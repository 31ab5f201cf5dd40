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
import { rollUp } from '../dashboard/repository.ts';
import { fullForm, openSurveyFor, postForm } from './test-helpers.ts';

/** Every place a response could be counted: the raw tables, the dashboard's queue and roll-up, smiley presses. */
async function counts(t: TestApp, municipalityId: string) {
  const db = t.database.db;
  await rollUp(db);
  const n = async (table: 'survey_response' | 'dashboard_rollup' | 'dashboard_pending' | 'smiley_press') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .where('municipality_id', '=', municipalityId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    responses: await n('survey_response'),
    rollup: await n('dashboard_rollup'),
    pending: await n('dashboard_pending'),
    presses: await n('smiley_press'),
  };
}

describeDb('survey preview and test mode', () => {
  let t: TestApp;
  let analyst: Session;
  let other: Session;
  let m: string;
  let unitId: string;

  beforeAll(async () => {
    process.env.BORGERBLIK_PUBLIC_RATE_LIMITS = 'client=1000';
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'preview');
    const foreign = await makeTenant(t.database, 'previewx');
    m = tenant.municipality.id;
    unitId = tenant.unit.id;
    analyst = await login(t.app, tenant.users.analyst.email);
    other = await login(t.app, foreign.users.analyst.email);
  });
  afterAll(async () => {
    delete process.env.BORGERBLIK_PUBLIC_RATE_LIMITS;
    await t?.close();
  });

  const preview = (id: string, query = '', session = analyst) =>
    api(t.app, session, 'GET', `/surveys/${id}/preview${query ? `?${query}` : ''}`);

  it('shows a draft exactly as the citizen page renders it, framable by the app only', async () => {
    const created = await api(t.app, analyst, 'POST', '/surveys', {
      title: 'Kladde til test',
      languages: ['da', 'en'],
      channels: ['link'],
      unitIds: [unitId],
      definition: { sets: ['coherence'] },
    });
    const draft = created.json().survey;
    const res = await preview(draft.id);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('<h1>Kladde til test</h1>');
    expect(res.body).toContain(`action="/api/v1/surveys/${draft.id}/preview"`);
    expect(res.body).toContain('method="get"');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'self'");
    // The citizen's address of a draft is still not found.
    const citizen = await t.app.inject({ method: 'GET', url: draft.publicPath });
    expect(citizen.statusCode).toBe(404);
    // Another municipality's staff cannot preview it.
    expect((await preview(draft.id, '', other)).statusCode).toBe(404);
  });

  it('checks test answers like a citizen submit and counts them nowhere', async () => {
    const survey = await openSurveyFor(t.app, analyst, unitId);
    const before = await counts(t, m);
    const missing = await preview(survey.id, 'step=0&lang=da&c=link&nav=next&a.coherence.solutions=9');
    expect(missing.body).toContain('Vælg en af mulighederne.');
    // Past page 1 the language switch is a button of the (GET) test form: same step, answers kept.
    const switched = await preview(survey.id, 'step=1&lang=da&c=link&switch=en&a.coherence.solutions=5');
    expect(switched.body).toContain('Step 2 of 3');
    expect(switched.body).toContain('name="a.coherence.solutions" value="5"');
    expect(switched.body).toContain('form="survey" name="switch" value="da"');
    const done = await preview(
      survey.id,
      fullForm(2, { 'a.local.comment': 'Ring på 22 33 44 55', nav: 'submit' }),
    );
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('Testsvar – ikke gemt');
    // Free text is shown as it would be stored: screened.
    expect(done.body).not.toContain('22 33 44 55');
    expect(await counts(t, m)).toEqual(before);
    const overview = await api(t.app, analyst, 'GET', '/dashboard/overview');
    expect(overview.json().respondents.status).toBe('empty');
    const csv = await api(t.app, analyst, 'GET', `/surveys/${survey.id}/export.csv`);
    expect(csv.body).not.toContain(',link,da,');
    // A citizen's answer through the same form is stored: the test path is the only difference.
    const real = await postForm(t.app, survey.path, fullForm(2));
    expect(real.statusCode).toBe(303);
    expect((await counts(t, m)).responses).toBe(before.responses + 1);
  });

  it('records no smiley press in test mode', async () => {
    const created = await api(t.app, analyst, 'POST', '/surveys', {
      title: 'Smiley',
      mode: 'smiley',
      languages: ['da'],
      channels: ['smiley', 'link'],
      unitIds: [unitId],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().survey.id;
    const before = await counts(t, m);
    const done = await preview(id, 'step=0&lang=da&c=link&nav=submit&a.smiley.face=very_unhappy');
    expect(done.body).toContain('Testsvar – ikke gemt');
    expect(await counts(t, m)).toEqual(before);
  });
});
