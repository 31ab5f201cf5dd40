import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createTestApp, describeDb, login, makeTenant, type TestApp } from '../../test/app.ts';
import { loadConfig, parseTrustProxy } from '../config.ts';
import { openSurveyFor } from '../surveys/test-helpers.ts';

const forged = (i: number) => ({ 'x-forwarded-for': `203.0.113.${i}` });

describeDb('security settings', () => {
  const apps: TestApp[] = [];
  const start = async (env: NodeJS.ProcessEnv) => {
    const t = await createTestApp(env);
    apps.push(t);
    return t;
  };
  const limitsBefore = process.env.BORGERBLIK_PUBLIC_RATE_LIMITS;
  beforeAll(() => {
    // Small public limits so a test reaches them; read when the public routes are registered.
    process.env.BORGERBLIK_PUBLIC_RATE_LIMITS = 'views=3,client=3';
  });
  afterEach(() => {
    process.env.BORGERBLIK_PUBLIC_RATE_LIMITS = 'views=3,client=3';
  });
  afterAll(async () => {
    if (limitsBefore === undefined) delete process.env.BORGERBLIK_PUBLIC_RATE_LIMITS;
    else process.env.BORGERBLIK_PUBLIC_RATE_LIMITS = limitsBefore;
    for (const t of apps) await t.close();
  });

  it('reads HOST and BORGERBLIK_TRUST_PROXY with safe defaults', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ BORGERBLIK_SECURE_COOKIES: 'true' }).trustProxy).toBe(false);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('10.0.0.5, 192.168.0.0/16')).toEqual(['10.0.0.5', '192.168.0.0/16']);
    expect(() => parseTrustProxy('true')).toThrow(/hop count/);
  });

  it('does not let a forged X-Forwarded-For reset the login limit in secure mode', async () => {
    const t = await start({ BORGERBLIK_SECURE_COOKIES: 'true' });
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: forged(i),
        payload: { email: `nobody${i}@example.dk`, password: 'wrong-password' },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.at(-1)).toBe(429);
  });

  it('trusts the configured proxy hop only', async () => {
    const t = await start({ BORGERBLIK_TRUST_PROXY: '1' });
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: forged(i),
        payload: { email: `nobody${i}@example.dk`, password: 'wrong-password' },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses).not.toContain(429);
  });

  it('does not let a forged X-Forwarded-For reset the public form limits', async () => {
    const t = await start({ BORGERBLIK_SECURE_COOKIES: 'true' });
    const tenant = await makeTenant(t.database, 'xff');
    const survey = await openSurveyFor(t.app, await login(t.app, tenant.users.analyst.email), tenant.unit.id);
    const views: number[] = [];
    for (let i = 0; i < 5; i++)
      views.push((await t.app.inject({ url: survey.path, headers: forged(i) })).statusCode);
    expect(views.at(-1)).toBe(429);
  });

  it('sends Strict-Transport-Security in secure mode only', async () => {
    const secure = await start({ BORGERBLIK_SECURE_COOKIES: 'true' });
    const plain = await start({});
    const hsts = (await secure.app.inject({ url: '/healthz' })).headers['strict-transport-security'];
    expect(hsts).toMatch(/max-age=\d{8}/);
    expect(
      (await plain.app.inject({ url: '/healthz' })).headers['strict-transport-security'],
    ).toBeUndefined();
  });

  it('gives the API docs page its own Content-Security-Policy', async () => {
    const t = await start({});
    for (const url of ['/api/v1/docs/', '/api/v1/docs/static/swagger-initializer.js']) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toMatch(/script-src 'self'/);
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
    }
  });
});
