import { afterAll, beforeAll, expect, it } from 'vitest';
import { SCOPES, type Scope } from '../../../shared/api/integrations.ts';
import { api, createTestApp, describeDb, login, makeTenant, type TestApp } from '../../../test/app.ts';
import { routeScope, ruleScope } from '../../policies/scopes.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
const ANY_ID = '00000000-0000-4000-8000-000000000000';
/** Answers that mean the caller was turned away at the door. */
const REFUSALS = new Set([
  'token_scope_missing',
  'token_invalid',
  'not_authenticated',
  'forbidden',
  'csrf_failed',
]);

/** Every API operation the OpenAPI document lists, as route pattern and a callable URL. */
function operations(doc: { paths: Record<string, Record<string, unknown>> }) {
  const out: Array<{ method: Method; route: string; url: string }> = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    if (!path.startsWith('/api/v1/')) continue;
    for (const method of Object.keys(ops)) {
      const route = path.replace(/\{([^}]+)\}/g, ':$1');
      const url = path.replace(/\{[^}]+\}/g, ANY_ID);
      out.push({ method: method.toUpperCase() as Method, route, url });
    }
  }
  return out;
}

/**
 * The generated matrix: every route × every scope, each called with a token holding only that
 * scope. A token passes the door exactly when server/policies/scopes.ts gives the route its scope.
 */
describeDb('token scopes on every route', () => {
  let t: TestApp;
  const tokens = new Map<Scope, string>();
  let doc: {
    paths: Record<string, Record<string, { security?: unknown; 'x-token-scope'?: string }>>;
    components: { securitySchemes: Record<string, unknown> };
  };
  beforeAll(async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'scopes');
    const admin = await login(t.app, tenant.users.admin.email);
    for (const scope of SCOPES) {
      const res = await api(t.app, admin, 'POST', '/integrations/tokens', {
        name: scope,
        scopes: [scope],
        expiresInDays: 1,
      });
      tokens.set(scope, res.json().secret);
    }
    doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
  });
  afterAll(() => t.close());

  it('classifies every API route in the one scope table', () => {
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThan(80);
    const unclassified = ops
      .filter((o) => ruleScope(o.method, o.route) === undefined)
      .map((o) => `${o.method} ${o.route}`);
    expect(unclassified).toEqual([]);
  });

  it('declares the bearer scheme and each operation’s scope in the OpenAPI document', () => {
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!path.startsWith('/api/v1/')) continue;
      for (const [method, op] of Object.entries(ops)) {
        const route = path.replace(/\{([^}]+)\}/g, ':$1');
        expect(op['x-token-scope'], `${method} ${route}`).toBe(routeScope(method.toUpperCase(), route));
      }
    }
  });

  it('lets a token through exactly the routes of its scope', async () => {
    const wrong: string[] = [];
    for (const o of operations(doc)) {
      const needed = routeScope(o.method, o.route);
      // The scopes of one route are asked together (independent requests; the pool overlaps them).
      const results = await Promise.all(
        SCOPES.map(async (scope) => {
          const res = await t.app.inject({
            method: o.method,
            url: o.url,
            headers: {
              authorization: `Bearer ${tokens.get(scope) as string}`,
              'content-type': 'application/json',
            },
            ...(o.method === 'GET' || o.method === 'DELETE' ? {} : { payload: '{}' }),
          });
          return {
            scope,
            status: res.statusCode,
            code: res.statusCode >= 400 ? res.json().error?.code : undefined,
          };
        }),
      );
      for (const { scope, status, code } of results) {
        const refused = REFUSALS.has(code);
        const allowed = needed === 'public' || needed === scope;
        if (allowed === refused) wrong.push(`${o.method} ${o.route} with ${scope}: ${status} ${code ?? ''}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 240_000);
});
