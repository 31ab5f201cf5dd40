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
import { fullForm, openSurveyFor, postForm } from '../surveys/test-helpers.ts';

describeDb('survey channels', () => {
  let t: TestApp;
  let analyst: Session;
  let tenant: Awaited<ReturnType<typeof makeTenant>>;
  const count = async (table: 'survey_response' | 'smiley_press', surveyId: string) =>
    (
      await t.database.db
        .selectFrom(table)
        .select('id')
        .where('municipality_id', '=', tenant.municipality.id)
        .where('survey_id', '=', surveyId)
        .execute()
    ).length;
  const kioskToken = async (surveyId: string) => {
    const reg = await api(t.app, analyst, 'POST', `/surveys/${surveyId}/kiosks`, { name: 'Skranke' });
    expect(reg.statusCode).toBe(201);
    return (reg.json().kioskPath as string).split('#')[1] as string;
  };
  const kioskPost = (path: string, token: string, key: string, answers: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: path,
      headers: { 'x-kiosk-token': token },
      payload: { idempotencyKey: key, locale: 'da', answers },
    });

  beforeAll(async () => {
    t = await createTestApp();
    tenant = await makeTenant(t.database, 'channels');
    analyst = await login(t.app, 'analyst@channels.dk');
  });
  afterAll(() => t.close());

  it('a QR-only survey refuses the plain link with a friendly, localised 404 and stores nothing', async () => {
    const s = await openSurveyFor(t.app, analyst, tenant.unit.id, { channels: ['qr'] });
    const link = await t.app.inject({ url: s.path, headers: { 'accept-language': 'da' } });
    expect(link.statusCode).toBe(404);
    expect(link.headers['content-type']).toContain('text/html');
    expect(link.body).toContain('Undersøgelsen kan ikke besvares her');
    const en = await t.app.inject({ url: s.path, headers: { 'accept-language': 'en' } });
    expect(en.body).toContain('The survey cannot be answered here');
    expect(en.body).toContain('<html lang="en" dir="ltr">');
    expect((await t.app.inject({ url: `${s.path}?c=qr` })).statusCode).toBe(200);
    const byLink = await postForm(t.app, s.path, fullForm(2));
    expect(byLink.statusCode).toBe(404);
    expect(byLink.body).toContain('Undersøgelsen kan ikke besvares her');
    expect(await count('survey_response', s.id)).toBe(0);
    const byQr = await postForm(t.app, s.path, fullForm(2).replace('c=link', 'c=qr'));
    expect(byQr.statusCode).toBe(303);
    expect(await count('survey_response', s.id)).toBe(1);
  });

  it('a survey without the kiosk channel refuses kiosk configuration and submissions', async () => {
    const s = await openSurveyFor(t.app, analyst, tenant.unit.id, { channels: ['link', 'qr'] });
    const token = await kioskToken(s.id);
    const config = await t.app.inject({ url: '/kiosk/config', headers: { 'x-kiosk-token': token } });
    expect(config.statusCode).toBe(404);
    const res = await kioskPost(s.path, token, 'no-kiosk-0001', { 'coherence.solutions': '4' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
    expect(await count('survey_response', s.id)).toBe(0);
    // The link still works.
    expect((await postForm(t.app, s.path, fullForm(2))).statusCode).toBe(303);
    expect(await count('survey_response', s.id)).toBe(1);
  });

  it('a kiosk-only survey refuses the link and the QR code but takes kiosk answers', async () => {
    const s = await openSurveyFor(t.app, analyst, tenant.unit.id, { channels: ['kiosk'] });
    expect((await t.app.inject({ url: s.path })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `${s.path}?c=qr` })).statusCode).toBe(404);
    const token = await kioskToken(s.id);
    const res = await kioskPost(s.path, token, 'kiosk-only-0001', { 'coherence.solutions': '4' });
    expect(res.statusCode).toBe(201);
    expect(await count('survey_response', s.id)).toBe(1);
  });

  it('a smiley survey counts every press as the smiley channel, from the tablet or the page', async () => {
    const smiley = { mode: 'smiley', definition: { sets: [] } };
    const without = await openSurveyFor(t.app, analyst, tenant.unit.id, { ...smiley, channels: ['kiosk'] });
    const token = await kioskToken(without.id);
    expect((await kioskPost(without.path, token, 'press-0001', { 'smiley.face': 'happy' })).statusCode).toBe(
      404,
    );
    expect((await t.app.inject({ url: without.path })).statusCode).toBe(404);
    expect(await count('smiley_press', without.id)).toBe(0);

    const withSmiley = await openSurveyFor(t.app, analyst, tenant.unit.id, {
      ...smiley,
      channels: ['smiley'],
    });
    const device = await kioskToken(withSmiley.id);
    expect(
      (await kioskPost(withSmiley.path, device, 'press-0002', { 'smiley.face': 'happy' })).statusCode,
    ).toBe(201);
    const page = await postForm(t.app, withSmiley.path, 'step=0&lang=da&nav=submit&a.smiley.face=unhappy');
    expect(page.statusCode).toBe(303);
    expect(await count('smiley_press', withSmiley.id)).toBe(2);
  });

  it('a channel added to a draft takes effect once it opens', async () => {
    const created = await api(t.app, analyst, 'POST', '/surveys', {
      title: 'Kun link',
      channels: ['link'],
      unitIds: [tenant.unit.id],
    });
    const draft = created.json().survey;
    const patched = await api(t.app, analyst, 'PATCH', `/surveys/${draft.id}`, { channels: ['link', 'qr'] });
    expect(patched.json().survey.channels).toEqual(['link', 'qr']);
    await api(t.app, analyst, 'POST', `/surveys/${draft.id}/open`);
    expect((await t.app.inject({ url: `${draft.publicPath}?c=qr` })).statusCode).toBe(200);
  });
});
