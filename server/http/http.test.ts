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

describeDb('HTTP edges', () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp();
    await makeTenant(t.database, 'http');
    admin = await login(t.app, 'admin@http.dk');
  });
  afterAll(() => t.close());

  const raw = (method: 'POST' | 'GET', url: string, body?: string, headers: Record<string, string> = {}) =>
    t.app.inject({
      method,
      url,
      headers: {
        cookie: admin.cookie,
        'x-csrf-token': admin.csrf,
        'content-type': 'application/json',
        ...headers,
      },
      ...(body !== undefined ? { payload: body } : {}),
    });

  it('answers malformed JSON with 400 and no stack trace', async () => {
    const res = await raw('POST', '/api/v1/units', '{"name": "x",');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('malformed_json');
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses bodies over the limit with 413', async () => {
    const res = await raw('POST', '/api/v1/units', JSON.stringify({ name: 'x'.repeat(600 * 1024) }));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });

  it('names wrong types and missing fields', async () => {
    const res = await api(t.app, admin, 'POST', '/units', { name: 42, isEntrance: 'yes' });
    expect(res.statusCode).toBe(400);
    const fields = Object.fromEntries(
      res.json().error.fields.map((f: { path: string; message: string }) => [f.path, f.message]),
    );
    expect(fields.name).toMatch(/Forkert type/);
    expect(fields.kind).toBe('Skal udfyldes.');
    expect(fields.isEntrance).toMatch(/Forkert type/);
  });

  it('answers unknown routes with a JSON 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('route_not_found');
  });

  it('serves the OpenAPI document and the docs page', async () => {
    const doc = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(doc.statusCode).toBe(200);
    const paths = Object.keys(doc.json().paths);
    for (const p of ['/api/v1/auth/login', '/api/v1/units', '/api/v1/users', '/api/v1/audit'])
      expect(paths).toContain(p);
    expect(doc.json().paths['/api/v1/units'].post.requestBody).toBeDefined();
    const page = await t.app.inject({ method: 'GET', url: '/api/v1/docs/' });
    expect(page.statusCode).toBe(200);
  });

  it('reports health with the database', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.json()).toMatchObject({ status: 'ok' });
  });

  it('rate-limits the login endpoint', async () => {
    let last = 0;
    for (let i = 0; i < 25; i++) {
      last = (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: 'ghost@http.dk', password: 'x' },
        })
      ).statusCode;
    }
    expect(last).toBe(429);
  });
});
