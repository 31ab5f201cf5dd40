import { connect } from 'node:net';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, describeDb, login, makeTenant, type Session, type TestApp } from '../../test/app.ts';

/** Fastify's, the router's and Node's own refusals all answer in the one error contract, localised. */
describeDb('framework errors in the contract', () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp();
    await makeTenant(t.database, 'fw');
    admin = await login(t.app, 'admin@fw.dk');
  });
  afterAll(() => t.close());

  const expectContract = (res: LightMyRequestResponse, status: number, code: string) => {
    expect(res.statusCode, res.body).toBe(status);
    const body = res.json();
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(/\w/);
    return body.error.message as string;
  };
  const signedIn = (headers: Record<string, string> = {}) => ({
    cookie: admin.cookie,
    'x-csrf-token': admin.csrf,
    ...headers,
  });

  it('answers a broken percent-encoding with 400 malformed_url, localised', async () => {
    const res = await t.app.inject({ url: '/api/v1/surveys/%E0%A4%A', headers: { 'accept-language': 'en' } });
    expect(expectContract(res, 400, 'malformed_url')).toMatch(/percent-encoding/);
    const nb = await t.app.inject({ url: '/api/v1/units/%zz', headers: { 'accept-language': 'nb' } });
    expect(expectContract(nb, 400, 'malformed_url')).toMatch(/tegnkodingen/);
  });

  it('answers an over-long path parameter with 414 url_too_long', async () => {
    const res = await t.app.inject({ url: `/api/v1/surveys/${'a'.repeat(300)}`, headers: signedIn() });
    expect(expectContract(res, 414, 'url_too_long')).toMatch(/100/);
  });

  it('answers the citizen pages with their HTML page for the same router errors', async () => {
    for (const [url, status] of [
      ['/s/%E0%A4%A', 400],
      [`/s/${'a'.repeat(300)}`, 414],
    ] as const) {
      const res = await t.app.inject({ url });
      expect(res.statusCode).toBe(status);
      expect(res.headers['content-type']).toContain('text/html');
    }
  });

  it('answers body problems in the contract', async () => {
    const post = (headers: Record<string, string>, payload: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/units', headers: signedIn(headers), payload });
    expectContract(await post({ 'content-type': 'text/xml' }, '<unit/>'), 415, 'unsupported_media_type');
    expectContract(await post({ 'content-type': 'application/json' }, ''), 400, 'malformed_json');
    expectContract(
      await post({ 'content-type': 'application/json' }, '{"__proto__":{"a":1}}'),
      400,
      'malformed_json',
    );
    expectContract(
      await post({ 'content-type': 'application/json', 'content-length': '3' }, '{"name":"x"}'),
      400,
      'validation_failed',
    );
  });

  it('answers unknown addresses and methods with route_not_found, also with a body', async () => {
    expectContract(
      await t.app.inject({ method: 'PUT', url: '/api/v1/units', headers: signedIn() }),
      404,
      'route_not_found',
    );
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/nothing',
      headers: { 'content-type': 'application/json' },
      payload: '',
    });
    expectContract(anonymous, 404, 'route_not_found');
  });

  it('answers requests Node refuses before Fastify sees them in the contract', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = Number(new URL(address).port);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.write('POST /api/v1/units HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n'),
      );
      let data = '';
      socket.on('data', (chunk) => {
        data += chunk;
      });
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400/);
    const body = JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4));
    expect(body.error.code).toBe('validation_failed');
  });
});
