/**
 * Webhook outbox benchmark: events are written to the outbox at a fixed rate (as the triggers do, via
 * webhook_emit) while the real worker delivers them, signed, to a loopback receiver; the delay of a
 * delivery is its arrival time minus the event's commit time. Then a backlog is drained at full speed.
 *   npx tsx bench/webhooks.ts [--postgres] [--rate 1000] [--seconds 20] [--subscriptions 8]
 * Results: docs/PERFORMANCE.md (with the load average: the machine is shared).
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { SecretBox } from '../server/crypto/secret-box.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { WebhookSender } from '../server/integrations/webhooks/sender.ts';
import { WebhookWorker } from '../server/integrations/webhooks/worker.ts';
import { startBackgroundLoop } from '../server/runtime/background.ts';
import { makeMunicipality, makeUser } from '../server/seed/factories.ts';
import { startPgCluster } from '../test/pg-cluster.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RATE = arg('rate', 1000);
const SECONDS = arg('seconds', 20);
const SUBSCRIPTIONS = arg('subscriptions', 8);
const BACKLOG = arg('backlog', 20_000);
const postgres = process.argv.includes('--postgres');

const cluster = postgres ? await startPgCluster({ tuned: true }) : undefined;
const handle = await openDatabase(cluster ? { url: cluster.url } : { dataDir: 'memory://' });
await migrateToLatest(handle.db);
const db = handle.db;
const m = await makeMunicipality(db, { slug: 'hookbench', name: 'Hookbench' });
const user = await makeUser(db, m.id, {
  email: 'a@hookbench.dk',
  name: 'A',
  role: 'admin',
  password: 'x'.repeat(12),
});

// The receiver runs in its own process (its CPU is not the worker's): it counts and keeps each
// delivery's delay (arrival − event time); GET answers the count and the delays since the last GET.
const RECEIVER = `
  const delays = []; let received = 0;
  require('node:http').createServer((req, res) => {
    if (req.method === 'GET') { res.end(JSON.stringify({ received, delays: delays.splice(0) })); return; }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      delays.push(Date.now() - Date.parse(JSON.parse(Buffer.concat(chunks).toString()).occurredAt));
      received++; res.writeHead(204).end();
    });
  }).listen(0, '127.0.0.1', function () { process.stdout.write(String(this.address().port) + '\\n'); });`;
const child = spawn(process.execPath, ['-e', RECEIVER], { stdio: ['ignore', 'pipe', 'inherit'] });
const port = await new Promise<string>((resolve) =>
  child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())),
);
const url = `http://127.0.0.1:${port}/hook`;
const delays: number[] = [];
let received = 0;
async function poll() {
  const stats = (await (await fetch(url)).json()) as { received: number; delays: number[] };
  received = stats.received;
  delays.push(...stats.delays);
}
const box = new SecretBox('bench');
for (let i = 0; i < SUBSCRIPTIONS; i++) {
  await db
    .insertInto('webhook_subscription')
    .values({
      municipality_id: m.id,
      url,
      events: ['smiley.alert'],
      secret_box: box.seal(`s${i}`),
      created_by: user.id,
    })
    .execute();
}

/** Writes `events` events in one transaction (each gives one delivery per subscription). */
const emit = (events: number) =>
  sql`select webhook_emit(${m.id}::uuid, 'smiley.alert', jsonb_build_object('n', g)) from generate_series(1, ${events}) g`.execute(
    db,
  );

/** The worker as the server runs it: its background tick, here without an app around it. */
const startWorker = () =>
  startBackgroundLoop(
    new WebhookWorker(db, box, new WebhookSender({ allowPrivate: true }), { retryBaseMs: 10_000 }).tick(100),
    (err) => console.error(err),
  );
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

// 1. Steady rate: every 100 ms a tenth of a second's events.
console.log(
  `load average at start: ${load()} · ${postgres ? 'PostgreSQL' : 'PGlite'} · ${SUBSCRIPTIONS} subscriptions`,
);
const worker = startWorker();
const perTick = Math.max(1, Math.round(RATE / SUBSCRIPTIONS / 10));
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let written = 0;
for (let tick = 0; tick < SECONDS * 10; tick++) {
  await emit(perTick);
  written += perTick * SUBSCRIPTIONS;
  const due = t0 + (tick + 1) * 100;
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
}
while (received < written && performance.now() - t0 < (SECONDS + 60) * 1000) {
  await new Promise((r) => setTimeout(r, 100));
  await poll();
}
const elapsed = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
console.log(
  `steady: offered ${(written / SECONDS).toFixed(0)} deliveries/s for ${SECONDS} s; delivered ${received}/${written} in ${elapsed.toFixed(1)} s; ` +
    `delay p50 ${pct(delays, 50)} ms, p95 ${pct(delays, 95)} ms, p99 ${pct(delays, 99)} ms, max ${pct(delays, 100)} ms; ` +
    `worker process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (${((cpu.user + cpu.system) / 1e3 / received).toFixed(2)} ms per delivery, database included on PGlite); load ${load()}`,
);

// 2. Backlog: BACKLOG deliveries written at once, drained at full speed.
await worker.stop();
const before = received;
await emit(Math.ceil(BACKLOG / SUBSCRIPTIONS));
const target = before + Math.ceil(BACKLOG / SUBSCRIPTIONS) * SUBSCRIPTIONS;
const cpu1 = process.cpuUsage();
const t1 = performance.now();
const worker2 = startWorker();
while (received < target) {
  await new Promise((r) => setTimeout(r, 50));
  await poll();
}
const drain = (performance.now() - t1) / 1000;
const cpu2 = process.cpuUsage(cpu1);
console.log(
  `backlog: ${target - before} deliveries drained in ${drain.toFixed(1)} s = ${((target - before) / drain).toFixed(0)} deliveries/s; ` +
    `worker process CPU ${((cpu2.user + cpu2.system) / 1e6).toFixed(1)} s (${((cpu2.user + cpu2.system) / 1e3 / (target - before)).toFixed(2)} ms per delivery); load ${load()}`,
);
await worker2.stop();
child.kill();
await handle.close();
await cluster?.stop();
