import { randomBytes } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
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
import { updateSurvey } from '../surveys/repository.ts';
import { openSurveyFor } from '../surveys/test-helpers.ts';
import { forgetPublicSurvey } from './survey-cache.ts';

/**
 * The survey's first page is kept finished and compressed per variant (survey-cache.ts `firstPage`):
 * every change made through this process must show at once, and the cached bytes must be the page.
 */
describeDb('cached first page', () => {
  let t: TestApp;
  let admin: Session;
  let analyst: Session;
  let tenant: Awaited<ReturnType<typeof makeTenant>>;
  let survey: { id: string; token: string; path: string };

  beforeAll(async () => {
    t = await createTestApp();
    tenant = await makeTenant(t.database, 'firstpage');
    admin = await login(t.app, tenant.users.admin.email);
    analyst = await login(t.app, tenant.users.analyst.email);
    survey = await openSurveyFor(t.app, analyst, tenant.unit.id);
  });
  afterAll(() => t?.close());

  it('sends the same page plain, gzip and brotli, from the cache as on first render', async () => {
    const first = await t.app.inject({ url: survey.path });
    const again = await t.app.inject({ url: survey.path });
    expect(again.body).toBe(first.body);
    const gz = await t.app.inject({ url: survey.path, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(first.body);
    const br = await t.app.inject({ url: survey.path, headers: { 'accept-encoding': 'br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(first.body);
    expect(String(br.headers.vary).toLowerCase()).toContain('accept-encoding');
    expect(br.headers['cache-control']).toBe('no-store');
  });

  it('adds the accessibility footer at once when the settings change', async () => {
    expect((await t.app.inject({ url: survey.path })).body).not.toContain('a11y-footer');
    const ok = await api(t.app, admin, 'PUT', '/citizen-settings/accessibility', {
      statementUrl: 'https://was.digst.dk/borgerblik-firstpage',
      contactEmail: null,
      contactPhone: null,
      feedbackEmail: null,
    });
    expect(ok.statusCode).toBe(200);
    const page = await t.app.inject({ url: survey.path, headers: { 'accept-encoding': 'gzip' } });
    expect(gunzipSync(page.rawPayload).toString()).toContain('https://was.digst.dk/borgerblik-firstpage');
  });

  it('stops the old link at once after a token rotation, whatever token the survey routes name', async () => {
    expect((await t.app.inject({ url: survey.path })).statusCode).toBe(200);
    const fresh = randomBytes(16).toString('base64url');
    const tenantId = { municipalityId: tenant.municipality.id };
    await t.database.db
      .transaction()
      .execute((tx) => updateSurvey(tx, tenantId, survey.id, { public_token: fresh }));
    // As the survey routes do after a change: the row's (new) token and its id.
    forgetPublicSurvey(fresh, survey.id);
    expect((await t.app.inject({ url: survey.path })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/s/${fresh}` })).statusCode).toBe(200);
    survey = { ...survey, token: fresh, path: `/s/${fresh}` };
  });

  it('answers 410 at once after the survey is closed', async () => {
    expect((await t.app.inject({ url: survey.path })).statusCode).toBe(200);
    const closed = await api(t.app, analyst, 'POST', `/surveys/${survey.id}/close`);
    expect(closed.statusCode).toBe(200);
    expect((await t.app.inject({ url: survey.path })).statusCode).toBe(410);
  });
});
