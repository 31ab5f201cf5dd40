import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, describeDb, type TestApp } from '../../test/app.ts';
import { routeContracts } from './route-contract.ts';

/** Routes that third-party plugins register for themselves (the OpenAPI reader's page and assets). */
const THIRD_PARTY = ['/api/v1/docs'];

type Operation = { responses?: Record<string, unknown> };

describeDb('the API contract', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const ours = () =>
    routeContracts(t.app).filter(
      (r) => r.method !== 'HEAD' && !THIRD_PARTY.some((prefix) => r.url.startsWith(prefix)),
    );

  it('sees every route of the app', () => {
    expect(ours().length).toBeGreaterThan(100);
    expect(ours().map((r) => `${r.method} ${r.url}`)).toContain('GET /s/:token');
  });

  it('declares a success response and the error contract for every route', () => {
    const missing = ours()
      .filter((r) => !r.statuses.some((s) => /^[23]/.test(s)) || !r.statuses.includes('4xx'))
      .map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
  });

  it('lists every route with its responses in the OpenAPI document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = res.json().paths as Record<string, Record<string, Operation>>;
    const absent = ours()
      .filter((r) => {
        const path = r.url.replace(/:(\w+)/g, '{$1}');
        const responses = paths[path]?.[r.method.toLowerCase()]?.responses ?? {};
        const codes = Object.keys(responses);
        return !codes.some((c) => /^[23]/.test(c)) || !codes.includes('4XX');
      })
      .map((r) => `${r.method} ${r.url}`);
    expect(absent).toEqual([]);
  });
});
