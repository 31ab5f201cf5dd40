import { randomBytes } from 'node:crypto';
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
import * as initiatives from '../improvement/initiatives/repository.ts';
import { forgetPublicSurvey } from '../public/survey-cache.ts';
import { updateSurvey } from '../surveys/repository.ts';
import { fullForm, openSurveyFor, postForm } from '../surveys/test-helpers.ts';
import { updateUser } from '../users/repository.ts';
import { locateToken, registerToken } from './repository.ts';

/** Public routes find their municipality through the token directory, and rotation keeps it in step. */
describeDb('token directory', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof makeTenant>>;
  let b: Awaited<ReturnType<typeof makeTenant>>;
  let analystA: Session;
  let survey: { id: string; token: string; path: string };
  beforeAll(async () => {
    t = await createTestApp();
    a = await makeTenant(t.database, 'dir-a');
    b = await makeTenant(t.database, 'dir-b');
    analystA = await login(t.app, a.users.analyst.email);
    survey = await openSurveyFor(t.app, analystA, a.unit.id);
  });
  afterAll(() => t?.close());
  const db = () => t.database.db;
  const tenantA = () => ({ municipalityId: a.municipality.id });

  it('records each new survey link and serves it through the directory', async () => {
    expect(await locateToken(db(), 'survey', survey.token)).toEqual({
      municipalityId: a.municipality.id,
      refId: survey.id,
    });
    expect((await t.app.inject({ url: survey.path })).statusCode).toBe(200);
    expect((await postForm(t.app, survey.path, fullForm(0))).statusCode).toBe(303);
  });

  it('rotates a survey link in one transaction: the old link stops, the new one works, a rollback keeps the old', async () => {
    const fresh = randomBytes(16).toString('base64url');
    await expect(
      db()
        .transaction()
        .execute(async (tx) => {
          await updateSurvey(tx, tenantA(), survey.id, { public_token: fresh });
          throw new Error('abandoned');
        }),
    ).rejects.toThrow('abandoned');
    expect((await t.app.inject({ url: survey.path })).statusCode).toBe(200);
    await db()
      .transaction()
      .execute((tx) => updateSurvey(tx, tenantA(), survey.id, { public_token: fresh }));
    forgetPublicSurvey(survey.token); // the public page's 5-second cache, as the survey routes do
    expect((await t.app.inject({ url: survey.path })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/s/${fresh}` })).statusCode).toBe(200);
    expect(await locateToken(db(), 'survey', survey.token)).toBeUndefined();
    survey = { ...survey, token: fresh, path: `/s/${fresh}` };
  });

  it('keeps a token unique across municipalities, though tenant tables only scope it per municipality', async () => {
    await expect(
      registerToken(db(), 'survey', survey.token, { municipalityId: b.municipality.id }, b.unit.id),
    ).rejects.toThrow();
    const admin = await login(t.app, b.users.admin.email);
    const taken = await api(t.app, admin, 'POST', '/users', {
      email: a.users.staff.email,
      name: 'X',
      role: 'staff',
    });
    expect(taken.statusCode).toBe(400);
    expect(taken.json().error.fields?.[0]?.field ?? JSON.stringify(taken.json())).toContain('email');
  });

  it('revokes a kiosk device by taking its token out of the directory', async () => {
    const res = await api(t.app, analystA, 'POST', `/surveys/${survey.id}/kiosks`, { name: 'Skranke' });
    expect(res.statusCode).toBe(201);
    const token = (res.json().kioskPath as string).split('#')[1] ?? '';
    const config = () => t.app.inject({ url: '/kiosk/config', headers: { 'x-kiosk-token': token } });
    expect((await config()).statusCode).toBe(200);
    expect((await api(t.app, analystA, 'DELETE', `/kiosks/${res.json().device.id}`)).statusCode).toBeLessThan(
      300,
    );
    expect((await config()).statusCode).toBe(401);
    const left = await db()
      .selectFrom('token_directory')
      .select('kind')
      .where('kind', '=', 'kiosk')
      .execute();
    expect(left).toEqual([]);
  });

  it('rotates and revokes a shared report link', async () => {
    const { id } = await initiatives.insertInitiative(db(), tenantA(), {
      title: 'Varm velkomst',
      test_start: new Date('2025-01-01'),
      test_end: new Date('2025-03-01'),
      measures: JSON.stringify({ items: [], categories: [], counts: [] }),
      created_by: a.users.analyst.id,
    });
    const url = (token: string) => `/api/v1/public/improvement-reports/${token}`;
    await initiatives.setReportToken(db(), tenantA(), id, 'first-report-token-0123456789abcdef');
    expect(await locateToken(db(), 'report', 'first-report-token-0123456789abcdef')).toMatchObject({
      refId: id,
    });
    await initiatives.setReportToken(db(), tenantA(), id, 'second-report-token-0123456789abcdef');
    expect((await t.app.inject({ url: url('first-report-token-0123456789abcdef') })).statusCode).toBe(404);
    expect(await locateToken(db(), 'report', 'second-report-token-0123456789abcdef')).toMatchObject({
      refId: id,
    });
    await initiatives.setReportToken(db(), tenantA(), id, null);
    expect(await locateToken(db(), 'report', 'second-report-token-0123456789abcdef')).toBeUndefined();
  });

  it('signs in through the directory and follows an e-mail change', async () => {
    await updateUser(db(), tenantA(), a.users.viewer.id, { email: 'ny.laeser@dir-a.dk' });
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: a.users.viewer.email, password: 'correct horse battery staple' },
        })
      ).statusCode,
    ).toBe(401);
    await login(t.app, 'ny.laeser@dir-a.dk');
    await login(t.app, b.users.viewer.email);
  });
});
