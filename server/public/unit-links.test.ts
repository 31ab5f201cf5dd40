import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, describeDb, login, makeTenant, type Session, type TestApp } from '../../test/app.ts';
import { makeUnit } from '../seed/factories.ts';
import { fullForm, openSurveyFor, postForm } from '../surveys/test-helpers.ts';

/*
 * A survey aimed at two units: each unit's link or QR code carries the unit (`u`), so the response
 * counts for that unit; the common link counts for the survey only; a unit that is not a target (an
 * old poster, a typo, another municipality's unit) is ignored for answers and refused for QR codes.
 */
describeDb('per-unit survey links and QR codes', () => {
  let t: TestApp;
  let session: Session;
  let m = '';
  let units: string[] = [];
  let survey = { id: '', token: '', path: '' };

  beforeAll(async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'unitlinks');
    m = tenant.municipality.id;
    const second = await makeUnit(t.database.db, m, { name: 'Jobcenter', kind: 'unit' });
    units = [tenant.unit.id, second.id];
    session = await login(t.app, tenant.users.analyst.email);
    survey = await openSurveyFor(t.app, session, tenant.unit.id, { unitIds: units });
  });
  afterAll(() => t?.close());

  const unitOfLastResponse = async () => {
    const row = await t.database.db
      .selectFrom('survey_response')
      .select('unit_id')
      .where('municipality_id', '=', m)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    return row.unit_id;
  };

  it('carries the unit of a per-unit link through the form and stores the response for it', async () => {
    const page = await t.app.inject({ url: `${survey.path}?c=qr&u=${units[1]}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`<input type="hidden" name="u" value="${units[1]}">`);
    const res = await postForm(t.app, survey.path, fullForm(0, { c: 'qr', u: units[1] ?? '' }));
    expect(res.statusCode).toBe(303);
    expect(await unitOfLastResponse()).toBe(units[1]);
  });

  it('counts the common link and an unknown unit for the survey as a whole', async () => {
    const page = await t.app.inject({ url: `${survey.path}?u=00000000-0000-4000-8000-000000000000` });
    expect(page.body).not.toContain('name="u"');
    expect((await postForm(t.app, survey.path, fullForm(0))).statusCode).toBe(303);
    expect(await unitOfLastResponse()).toBeNull();
    const stale = fullForm(0, { u: '00000000-0000-4000-8000-000000000000' });
    expect((await postForm(t.app, survey.path, stale)).statusCode).toBe(303);
    expect(await unitOfLastResponse()).toBeNull();
  });

  it('makes a QR code and a sheet per target unit, and refuses other units', async () => {
    const cookie = { cookie: session.cookie };
    const png = await t.app.inject({
      url: `/api/v1/surveys/${survey.id}/qr.png?unit=${units[1]}`,
      headers: cookie,
    });
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    const sheet = await t.app.inject({
      url: `/api/v1/surveys/${survey.id}/qr-sheet?unit=${units[1]}`,
      headers: cookie,
    });
    expect(sheet.body).toContain('Jobcenter');
    expect(sheet.body).toContain(`u=${units[1]}`);
    const other = await t.app.inject({
      url: `/api/v1/surveys/${survey.id}/qr.svg?unit=00000000-0000-4000-8000-000000000000`,
      headers: cookie,
    });
    expect(other.statusCode).toBe(404);
    const malformed = await t.app.inject({
      url: `/api/v1/surveys/${survey.id}/qr.svg?unit=x`,
      headers: cookie,
    });
    expect(malformed.statusCode).toBe(400);
  });
});
