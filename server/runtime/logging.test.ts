import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDb } from '../../test/app.ts';
import { createTestDatabase } from '../../test/db.ts';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { makeOpenSurvey } from '../seed/factories.ts';
import { serverLogger } from './logging.ts';

// The server's own log, as `serve` configures it: citizens stay anonymous there too.
describeDb('server log', () => {
  let database: DatabaseHandle;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n')) if (line) lines.push(JSON.parse(line));
      done();
    },
  });
  let token = '';
  beforeAll(async () => {
    database = await createTestDatabase();
    token = 'logtestlogtestlogtest01';
    await makeOpenSurvey(database.db, { slug: 'logtest', token, sets: ['satisfaction'] });
    app = await buildApp({
      database,
      config: { ...loadConfig({}), webDir: '/nonexistent', trustProxy: 1 },
      logger: serverLogger('info', stream),
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it("writes one line per request with the route's pattern and status, and never the client's address", async () => {
    lines.length = 0;
    const citizen = '203.0.113.77';
    const page = await app.inject({
      method: 'GET',
      url: `/s/${token}?lang=da`,
      remoteAddress: '198.51.100.9',
      headers: { 'x-forwarded-for': citizen },
    });
    expect(page.statusCode).toBe(200);
    const post = await app.inject({
      method: 'POST',
      url: `/s/${token}`,
      remoteAddress: '198.51.100.9',
      headers: { 'x-forwarded-for': citizen, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'step=0&lang=da&nav=submit&a.satisfaction.overall=4',
    });
    expect(post.statusCode).toBe(303);
    const text = JSON.stringify(lines);
    expect(text).not.toContain(citizen);
    expect(text).not.toContain('198.51.100.9');
    expect(text).not.toMatch(/remoteAddress|remotePort/);
    // The survey's token is in the route's parameter, not in the line: the pattern says which page.
    expect(text).not.toContain(token);
    const requests = lines.filter((l) => l.msg === 'request');
    expect(requests).toEqual([
      expect.objectContaining({ method: 'GET', route: '/s/:token', status: 200 }),
      expect.objectContaining({ method: 'POST', route: '/s/:token', status: 303 }),
    ]);
    expect(typeof requests[0]?.ms).toBe('number');
  });
});
