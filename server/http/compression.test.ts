import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, describeDb, login, makeTenant, type TestApp } from '../../test/app.ts';
import { openSurveyFor } from '../surveys/test-helpers.ts';

describeDb('compression', () => {
  let t: TestApp;
  let path: string;

  beforeAll(async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'squeeze');
    const analyst = await login(t.app, 'analyst@squeeze.dk');
    path = (await openSurveyFor(t.app, analyst, tenant.unit.id)).path;
  });
  afterAll(() => t.close());

  it('sends the citizen page compressed when the client accepts it, and plain when not', async () => {
    const plain = await t.app.inject({ url: path });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const html = plain.body;
    expect(html).toContain('<html');

    const gz = await t.app.inject({ url: path, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(html);
    expect(gz.rawPayload.length).toBeLessThan(html.length / 2);

    const br = await t.app.inject({ url: path, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(html);
    expect(String(br.headers.vary).toLowerCase()).toContain('accept-encoding');
  });

  it('leaves small bodies, HEAD requests and refused encodings alone', async () => {
    const health = await t.app.inject({ url: '/healthz', headers: { 'accept-encoding': 'gzip' } });
    expect(health.headers['content-encoding']).toBeUndefined();
    const identity = await t.app.inject({ url: path, headers: { 'accept-encoding': 'identity' } });
    expect(identity.headers['content-encoding']).toBeUndefined();
    const head = await t.app.inject({ method: 'HEAD', url: path, headers: { 'accept-encoding': 'gzip' } });
    expect(head.headers['content-encoding']).toBeUndefined();
  });

  it('compresses the stylesheet of the citizen page too', async () => {
    const css = await t.app.inject({ url: '/public/survey.css', headers: { 'accept-encoding': 'gzip' } });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-encoding']).toBe('gzip');
  });
});
