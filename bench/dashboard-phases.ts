/**
 * Where the whole HTTP call of a dashboard view goes, on a database `bench/dashboard.ts --keep` loaded:
 * the app listens on loopback and Fastify hooks stamp each phase of every call, so per call the
 * medians (and p95) of: auth (session lookup, from the first byte of the request to the end of the
 * onRequest hooks), validation (querystring), handler (snapshot check, aggregate SQL, suppression,
 * statistics), serialization (response schema + JSON), send (onSend hooks, the socket) and the rest
 * the client sees (fetch, loopback). Run under `node --cpu-prof` for a profile of the same loop.
 *
 *   npx tsx bench/dashboard-phases.ts --url postgres://… [--runs 200]
 */
import { writeFileSync } from 'node:fs';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { capturing } from './dashboard-capture.ts';
import { BENCH_PASSWORD, findBenchTenant } from './dashboard-load.ts';
import { benchPeriods } from './dashboard-measure.ts';
import { inlineParams, percentile } from './dashboard-sql.ts';
import { logIn, loopbackOrigin } from './http-session.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const RUNS = Number(arg('runs', '200'));
/** --dump <dir>: write each call's statements, parameters inlined, to <dir>/<call>.sql. */
const dump = arg('dump', '');
const PHASES = ['auth', 'validation', 'handler', 'serialize', 'send', 'client'] as const;
type Stamps = Partial<Record<'start' | 'authed' | 'validated' | 'handled' | 'serialized' | 'sent', number>>;

const handle = await openDatabase({ url: arg('url', '') });
const t = await findBenchTenant(handle.db);
const cap = capturing(handle);
// Production settings (loadConfig reads no environment here; --check turns the response check on).
const config = {
  ...loadConfig({}),
  webDir: '/nonexistent',
  checkResponses: process.argv.includes('--check'),
};
const app = await buildApp({ database: cap.handle, config });
let stamps: Stamps = {};
// The first listener of the server's request event: the moment the request is parsed.
app.server.prependListener('request', () => {
  stamps = { start: performance.now() };
});
app.addHook('preParsing', async () => {
  stamps.authed = performance.now();
});
app.addHook('preHandler', async () => {
  stamps.validated = performance.now();
});
app.addHook('preSerialization', async (_req, _reply, payload) => {
  stamps.handled = performance.now();
  return payload;
});
app.addHook('onSend', async (_req, _reply, payload) => {
  stamps.serialized = performance.now();
  return payload;
});
app.addHook('onResponse', async () => {
  stamps.sent = performance.now();
});
await app.listen({ port: 0, host: '127.0.0.1' });
const analyst = await logIn(loopbackOrigin(app.server.address()), t.email, BENCH_PASSWORD);
const p = benchPeriods();
const year = `from=${p.monthFrom}&to=${p.today}`;
const calls: Record<string, string> = {
  overview: `/dashboard/overview?${year}`,
  trend: `/dashboard/trend?from=${p.trendFrom}&to=${p.today}&unitId=${t.unitIds[0]}&interval=month&item=index.coherence`,
  comparison: `/dashboard/comparison?${year}&level=units&item=index.coherence`,
};
const compressed = { 'accept-encoding': 'gzip, deflate, br' };
try {
  for (const [name, path] of Object.entries(calls)) {
    const times: Record<(typeof PHASES)[number] | 'total', number[]> = {
      auth: [],
      validation: [],
      handler: [],
      serialize: [],
      send: [],
      client: [],
      total: [],
    };
    let bytes = 0;
    for (let i = 0; i < RUNS + 5; i += 1) {
      const t0 = performance.now();
      const res = await analyst.get(path, compressed);
      bytes = (await res.arrayBuffer()).byteLength;
      const t1 = performance.now();
      const s = stamps;
      if (i < 5 || !res.ok || !s.start || !s.authed || !s.validated || !s.handled || !s.serialized || !s.sent)
        continue;
      times.auth.push(s.authed - s.start);
      times.validation.push(s.validated - s.authed);
      times.handler.push(s.handled - s.validated);
      times.serialize.push(s.serialized - s.handled);
      times.send.push(s.sent - s.serialized);
      times.client.push(t1 - t0 - (s.sent - s.start));
      times.total.push(t1 - t0);
    }
    cap.start();
    await analyst.get(path, compressed).then((r) => r.arrayBuffer());
    const statements = cap.stop().filter((q) => !/webhook_delivery|dashboard_roll_up/.test(q.sql));
    if (dump)
      writeFileSync(
        `${dump}/${name}.sql`,
        statements.map((q) => `${inlineParams(q.sql, q.parameters)};\n`).join('\n'),
      );
    const sent = statements.map((q) => q.sql.replace(/\s+/g, ' ').slice(0, 90));
    console.log(`${name}: ${sent.length} statements\n  ${sent.join('\n  ')}`);
    const show = (xs: number[]) => `${percentile(xs, 50).toFixed(2)}/${percentile(xs, 95).toFixed(2)}`;
    const parts = Object.entries(times).map(([k, xs]) => `${k} ${show(xs)}`);
    console.log(`${name} (${bytes} B on the wire): ${parts.join(' · ')} ms (p50/p95 of ${RUNS})`);
  }
} finally {
  await app.close();
  await handle.close();
}
