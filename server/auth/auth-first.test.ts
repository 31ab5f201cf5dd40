import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, describeDb, type TestApp } from '../../test/app.ts';
import { apiOperations, fillPath } from '../../test/openapi-routes.ts';

/** The routes that answer without sign-in; anything else in the OpenAPI document needs a session. */
const PUBLIC = [
  'POST /api/v1/auth/login',
  'GET /api/v1/pulse/answer/{token}',
  'POST /api/v1/pulse/answer/{token}',
  'GET /api/v1/public/improvement-reports/{token}',
  // Open data a municipality publishes (issue 18): 404 unless it switched publication on.
  'GET /open/{slug}/indicators.json',
  'GET /open/{slug}/indicators.csv',
  'GET /open/{slug}/catalog.jsonld',
  'GET /api/v1/sso/login-options/{slug}',
  'GET /api/v1/openapi.json',
];

/** Authentication before validation: an anonymous caller learns nothing about a route's input rules. */
describeDb('authentication before validation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('declares exactly the public routes as such in the OpenAPI document', async () => {
    const ops = await apiOperations(t.app);
    expect(ops.length).toBeGreaterThan(100);
    expect(ops.filter((o) => o.isPublic).map((o) => `${o.method} ${o.path}`)).toEqual(
      expect.arrayContaining(PUBLIC),
    );
    expect(ops.filter((o) => o.isPublic)).toHaveLength(PUBLIC.length);
  });

  it('answers 401 to anonymous callers of every other route, whatever params and body they send', async () => {
    const ops = (await apiOperations(t.app)).filter((o) => !o.isPublic);
    const failures: string[] = [];
    for (const op of ops) {
      for (const variant of ['garbage', 'empty'] as const) {
        const garbage = variant === 'garbage';
        const res = await t.app.inject({
          method: op.method,
          url: fillPath(op.path, () => (garbage ? 'not-an-id' : '')) + (garbage ? '?zzz=%00&limit=-1' : ''),
          headers: { 'content-type': 'application/json' },
          ...(op.method === 'GET' || op.method === 'DELETE' ? {} : { payload: garbage ? '{"zzz":' : '' }),
        });
        const code = res.statusCode === 401 ? res.json().error.code : res.statusCode;
        // An empty path segment may not match the route at all (404 route_not_found reveals nothing).
        if (code !== 'not_authenticated' && !(variant === 'empty' && res.statusCode === 404))
          failures.push(`${op.method} ${op.path} (${variant}): ${res.statusCode} ${res.body.slice(0, 80)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('says "session expired" rather than "log in" when an old cookie is sent', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/complaints/figures',
      cookies: { bb_session: '00000000-0000-4000-8000-000000000000.bogus' },
    });
    expect(res.statusCode).toBe(401);
  });
});
