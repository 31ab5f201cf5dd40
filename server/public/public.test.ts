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

describeDb('public survey page', () => {
  let t: TestApp;
  let analyst: Session;
  let survey: { id: string; token: string; path: string };
  let tenant: Awaited<ReturnType<typeof makeTenant>>;
  const rows = (table: 'survey_response' | 'survey_answer' | 'survey_text_answer') =>
    t.database.db
      .selectFrom(table)
      .selectAll()
      .where('municipality_id', '=', tenant.municipality.id)
      .execute();

  beforeAll(async () => {
    t = await createTestApp();
    tenant = await makeTenant(t.database, 'public');
    analyst = await login(t.app, 'analyst@public.dk');
    survey = await openSurveyFor(t.app, analyst, tenant.unit.id);
  });
  afterAll(() => t.close());

  it('renders step 1 in the browser language with a switch, a progress bar and no script', async () => {
    const res = await t.app.inject({ url: survey.path, headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('<html lang="en" dir="ltr">');
    expect(res.body).toContain('Municipal staff do their best to find solutions to my challenges.');
    expect(res.body).toContain('Step 1 of 3');
    expect(res.body).toContain(`href="${survey.path}?lang=da"`);
    expect(res.body).not.toContain('<script');
    expect(Buffer.byteLength(res.body)).toBeLessThan(50_000);
    const da = await t.app.inject({ url: `${survey.path}?lang=da`, headers: { 'accept-language': 'en' } });
    expect(da.body).toContain('Kommunens medarbejdere gør deres bedste');
    const css = await t.app.inject({ url: '/public/survey.css' });
    expect(css.statusCode).toBe(200);
  });

  it('links a favicon that answers as cached SVG allowed by the page policy, also on the kiosk', async () => {
    const res = await t.app.inject({ url: survey.path });
    expect(res.body).toContain('<link rel="icon" href="/public/favicon.svg" type="image/svg+xml">');
    expect(res.headers['content-security-policy']).toContain("img-src 'self'");
    const kiosk = await t.app.inject({ url: '/kiosk' });
    expect(kiosk.body).toContain('<link rel="icon" href="/public/favicon.svg"');
    const icon = await t.app.inject({ url: '/public/favicon.svg' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toContain('image/svg+xml');
    expect(icon.headers['cache-control']).toContain('max-age=604800');
    expect(icon.body).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('walks the steps with plain form posts, stores one anonymous response, screens free text', async () => {
    const step1 = await postForm(
      t.app,
      survey.path,
      'step=0&lang=da&c=qr&nav=next&a.coherence.solutions=5&a.coherence.language=dk',
    );
    expect(step1.statusCode).toBe(200);
    expect(step1.body).toContain('Trin 2 af 3');
    expect(step1.body).toContain('name="a.coherence.solutions" value="5"');
    const back = await postForm(t.app, survey.path, 'step=1&lang=da&c=qr&nav=back&a.coherence.solutions=5');
    expect(back.body).toContain('Trin 1 af 3');
    const text =
      'Ring til mig på 22 33 44 55 eller skriv til a@b.dk, mit cpr er 010190-1234. Det kostede 12.500 kr.';
    const done = await postForm(
      t.app,
      survey.path,
      `step=2&lang=da&c=qr&nav=submit&a.coherence.solutions=5&a.coherence.language=dk&a.satisfaction.overall=4&a.local.comment=${encodeURIComponent(text)}`,
    );
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(`${survey.path}/thanks?lang=da`);
    const cookie = done.cookies.find((c) => c.name.startsWith('bb_done_'));
    expect(cookie).toMatchObject({ value: '1', path: survey.path, httpOnly: true });
    expect(cookie?.expires).toBeUndefined();
    const [response] = await rows('survey_response');
    expect(response).toMatchObject({ channel: 'qr', locale: 'da', unit_id: tenant.unit.id });
    expect(response?.submitted_hour.getUTCMinutes()).toBe(0);
    expect(response?.submitted_hour.getUTCSeconds()).toBe(0);
    expect(Object.keys(response ?? {}).sort()).toEqual([
      'channel',
      'id',
      'idempotency_key',
      'locale',
      'municipality_id',
      'submitted_hour',
      'survey_id',
      // How far the wording was checked (issue 16): about the text, not about the citizen.
      'translation_status',
      'unit_id',
    ]);
    const answers = await rows('survey_answer');
    expect(answers.map((a) => [a.item_id, a.value, a.dont_know]).sort()).toEqual([
      ['coherence.language', null, true],
      ['coherence.solutions', 5, false],
      ['satisfaction.overall', 4, false],
    ]);
    const [stored] = await rows('survey_text_answer');
    expect(stored?.body).toBe(
      'Ring til mig på [telefon fjernet] eller skriv til [e-mail fjernet], mit cpr er [CPR fjernet]. Det kostede 12.500 kr.',
    );
    const thanks = await t.app.inject({ url: done.headers.location as string });
    expect(thanks.body).toContain('Tak for dine svar');
    // The same browser session again: nothing more is stored.
    const again = await postForm(t.app, survey.path, fullForm(2), `${cookie?.name}=1`);
    expect(again.statusCode).toBe(303);
    const page = await t.app.inject({ url: survey.path, headers: { cookie: `${cookie?.name}=1` } });
    expect(page.body).toContain('Du har allerede svaret');
    expect((await rows('survey_response')).length).toBe(1);
  });

  it('answers malformed and oversized submissions with 400 naming the field, storing nothing', async () => {
    const before = (await rows('survey_response')).length;
    const offScale = await postForm(t.app, survey.path, fullForm(2, { 'a.coherence.respect': '9' }));
    expect(offScale.statusCode).toBe(400);
    expect(offScale.body).toContain('href="#q-coherence-respect"');
    expect(offScale.body).toContain('Vælg en af mulighederne.');
    const unknown = await postForm(t.app, survey.path, fullForm(2, { 'a.local.nope': '1', evil: 'x' }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('local.nope');
    expect(unknown.body).toContain('evil');
    const long = await postForm(t.app, survey.path, fullForm(2, { 'a.local.comment': 'x'.repeat(2001) }));
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('højst 2000 tegn');
    const huge = await postForm(t.app, survey.path, fullForm(2, { 'a.local.comment': 'x'.repeat(70_000) }));
    expect(huge.statusCode).toBe(413);
    expect(huge.headers['content-type']).toContain('text/html');
    expect((await rows('survey_response')).length).toBe(before);
  });

  it('shows friendly 404 and 410 pages', async () => {
    const missing = await t.app.inject({ url: '/s/AAAAAAAAAAAAAAAAAAAAAA' });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('Undersøgelsen findes ikke');
    const draft = (
      await api(t.app, analyst, 'POST', '/surveys', { title: 'Kladde', unitIds: [tenant.unit.id] })
    ).json().survey;
    expect((await t.app.inject({ url: draft.publicPath })).statusCode).toBe(404);
    await api(t.app, analyst, 'POST', `/surveys/${survey.id}/close`);
    const closed = await t.app.inject({ url: survey.path, headers: { 'accept-language': 'en' } });
    expect(closed.statusCode).toBe(410);
    expect(closed.body).toContain('The survey is closed');
    expect((await postForm(t.app, survey.path, fullForm(2))).statusCode).toBe(410);
  });

  it('rate-limits submissions per client', async () => {
    const other = await openSurveyFor(t.app, analyst, tenant.unit.id);
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) statuses.push((await postForm(t.app, other.path, fullForm(2))).statusCode);
    expect(statuses.filter((s) => s === 303).length).toBeLessThanOrEqual(20);
    expect(statuses.at(-1)).toBe(429);
  });
});
