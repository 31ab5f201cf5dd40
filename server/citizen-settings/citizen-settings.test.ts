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
import { openSurveyFor } from '../surveys/test-helpers.ts';
import { EMBED_SCRIPT_HASH } from './embed-script.ts';

describeDb('citizen-page settings: embed origins and accessibility statement', () => {
  let t: TestApp;
  let admin: Session;
  let analyst: Session;
  let otherAdmin: Session;
  let survey: { id: string; token: string; path: string };
  let otherSurvey: { id: string; token: string; path: string };
  let smiley: { id: string; token: string; path: string };

  beforeAll(async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'embed');
    const other = await makeTenant(t.database, 'embedother');
    admin = await login(t.app, tenant.users.admin.email);
    analyst = await login(t.app, tenant.users.analyst.email);
    otherAdmin = await login(t.app, other.users.admin.email);
    survey = await openSurveyFor(t.app, analyst, tenant.unit.id);
    smiley = await openSurveyFor(t.app, analyst, tenant.unit.id, {
      mode: 'smiley',
      channels: ['smiley', 'kiosk'],
      definition: { sets: [] },
    });
    otherSurvey = await openSurveyFor(t.app, await login(t.app, other.users.analyst.email), other.unit.id);
  });
  afterAll(() => t.close());

  const frameAncestors = (csp: unknown) => /frame-ancestors ([^;]+)/.exec(String(csp))?.[1];

  it('starts empty: the survey page refuses every frame and has no script or footer', async () => {
    const settings = await api(t.app, analyst, 'GET', '/citizen-settings');
    expect(settings.statusCode).toBe(200);
    expect(settings.json()).toEqual({
      embedOrigins: [],
      maxEmbedOrigins: 20,
      accessibility: { statementUrl: null, contactEmail: null, contactPhone: null, feedbackEmail: null },
    });
    const page = await t.app.inject({ url: survey.path });
    expect(frameAncestors(page.headers['content-security-policy'])).toBe("'none'");
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.body).not.toContain('<script');
    expect(page.body).not.toContain('<footer');
  });

  it('refuses bad origins with 400 naming each entry, and keeps the old list', async () => {
    const res = await api(t.app, admin, 'PUT', '/citizen-settings/embed-origins', {
      origins: ['https://www.embed.dk', 'http://www.embed.dk', 'https://www.embed.dk/borger', "'self'"],
    });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('validation_failed');
    expect(error.fields.map((f: { path: string }) => f.path)).toEqual([
      'origins[1]',
      'origins[2]',
      'origins[3]',
    ]);
    expect(error.fields[0].message).toContain('https');
    const tooMany = Array.from({ length: 21 }, (_, i) => `https://s${i}.embed.dk`);
    const many = await api(t.app, admin, 'PUT', '/citizen-settings/embed-origins', { origins: tooMany });
    expect(many.statusCode).toBe(400);
    expect(many.json().error.fields[0].path).toBe('origins');
    expect((await api(t.app, analyst, 'GET', '/citizen-settings')).json().embedOrigins).toEqual([]);
  });

  it('lets only admins change the settings', async () => {
    const body = { origins: ['https://www.embed.dk'] };
    expect((await api(t.app, analyst, 'PUT', '/citizen-settings/embed-origins', body)).statusCode).toBe(403);
    const statement = { statementUrl: null, contactEmail: null, feedbackEmail: null };
    expect((await api(t.app, analyst, 'PUT', '/citizen-settings/accessibility', statement)).statusCode).toBe(
      403,
    );
  });

  it('sends frame-ancestors for exactly the saved origins on the survey and thank-you pages', async () => {
    const res = await api(t.app, admin, 'PUT', '/citizen-settings/embed-origins', {
      origins: ['HTTPS://WWW.Embed.dk/', 'https://www.embed.dk:443', 'http://localhost:5173'],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().embedOrigins).toEqual(['https://www.embed.dk', 'http://localhost:5173']);
    for (const path of [survey.path, `${survey.path}/thanks`]) {
      const page = await t.app.inject({ url: path });
      expect(page.statusCode).toBe(200);
      expect(frameAncestors(page.headers['content-security-policy'])).toBe(
        'https://www.embed.dk http://localhost:5173',
      );
      expect(page.headers['x-frame-options']).toBeUndefined();
      expect(String(page.headers['content-security-policy'])).toContain(
        `script-src 'self' ${EMBED_SCRIPT_HASH}`,
      );
      expect(page.body).toContain('<script data-origins="https://www.embed.dk http://localhost:5173">');
    }
    // A form POST inside the frame answers with the next step: framable too.
    const step = await t.app.inject({
      method: 'POST',
      url: survey.path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'step=0&lang=da&c=link&nav=next',
    });
    expect(step.statusCode).toBe(200);
    expect(frameAncestors(step.headers['content-security-policy'])).toBe(
      'https://www.embed.dk http://localhost:5173',
    );
  });

  it('keeps every other page unframable, and other municipalities unaffected (tenant isolation)', async () => {
    const other = await t.app.inject({ url: otherSurvey.path });
    expect(frameAncestors(other.headers['content-security-policy'])).toBe("'none'");
    expect(other.headers['x-frame-options']).toBe('DENY');
    expect(other.body).not.toContain('<script');
    expect((await api(t.app, otherAdmin, 'GET', '/citizen-settings')).json().embedOrigins).toEqual([]);
    for (const url of [
      smiley.path,
      '/s/unknownunknown',
      '/kiosk',
      '/',
      '/api/v1/auth/me',
      '/public/survey.css',
    ]) {
      const res = await t.app.inject({ url });
      expect(frameAncestors(res.headers['content-security-policy']), url).toBe("'none'");
      expect(res.headers['x-frame-options'], url).toBe('DENY');
    }
  });

  it('validates and shows the accessibility statement in the footer, in the page language', async () => {
    const bad = await api(t.app, admin, 'PUT', '/citizen-settings/accessibility', {
      statementUrl: 'javascript:alert(1)',
      contactEmail: 'not-an-email',
      feedbackEmail: null,
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['contactEmail', 'statementUrl']);
    const ok = await api(t.app, admin, 'PUT', '/citizen-settings/accessibility', {
      statementUrl: 'https://was.digst.dk/borgerblik-embed-dk',
      contactEmail: 'Webredaktion@Embed.dk',
      contactPhone: '+45 70 12 34 56',
      feedbackEmail: 'tilgaengelighed@embed.dk',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().accessibility).toEqual({
      statementUrl: 'https://was.digst.dk/borgerblik-embed-dk',
      contactEmail: 'webredaktion@embed.dk',
      contactPhone: '+45 70 12 34 56',
      feedbackEmail: 'tilgaengelighed@embed.dk',
    });
    const da = await t.app.inject({ url: `${survey.path}?lang=da` });
    expect(da.body).toContain(
      '<footer class="a11y-footer"><ul><li><a href="https://was.digst.dk/borgerblik-embed-dk" target="_top">Tilgængelighedserklæring</a>',
    );
    expect(da.body).toContain('mailto:tilgaengelighed@embed.dk');
    const en = await t.app.inject({ url: `${survey.path}/thanks?lang=en` });
    expect(en.body).toContain('>Accessibility statement</a>');
    const other = await t.app.inject({ url: otherSurvey.path });
    expect(other.body).not.toContain('a11y-footer');
  });

  it('gives the kiosk the statement for its idle screen', async () => {
    const created = await api(t.app, analyst, 'POST', `/surveys/${survey.id}/kiosks`, { name: 'Reception' });
    expect(created.statusCode).toBe(201);
    const token = (created.json().kioskPath as string).split('#')[1] ?? '';
    const config = await t.app.inject({ url: '/kiosk/config', headers: { 'x-kiosk-token': token } });
    expect(config.statusCode).toBe(200);
    expect(config.json().accessibility).toEqual({
      statementUrl: 'https://was.digst.dk/borgerblik-embed-dk',
      feedbackEmail: 'tilgaengelighed@embed.dk',
      labels: {
        da: { statement: 'Tilgængelighedserklæring', feedback: 'Problemer med tilgængeligheden? Skriv til' },
        en: { statement: 'Accessibility statement', feedback: 'Problems with accessibility? Write to' },
      },
    });
  });
});
