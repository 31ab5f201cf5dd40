/**
 * Event-log import as a user meets it: the compiled server on PostgreSQL, `POST /eventlogs` with the
 * options, `PUT /eventlogs/{id}/file` streamed by curl, then polling until the log is ready. Reports
 * events per second from the start of the upload to "ready", and the server's CPU time. Anchor, in turns
 * with each import: psql `\copy` of the same stored rows (the log's events and cases, written out once)
 * into tables made `like` ours with their indexes — PostgreSQL's own bulk path for the same data, without
 * reading the file or checking anything.
 *
 *   npx tsx bench/eventlog-import-http.ts [csvEvents=1000000]
 *   (issue 20's targets: ≥ 120 k events/s for XES, ≥ 200 k/s for CSV; results: docs/PERFORMANCE.md)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { startPgCluster } from '../test/pg-cluster.ts';
import { cpuSeconds, startCompiledServer } from './compiled-server.ts';
import { BENCH_PASSWORD, createBenchTenant } from './dashboard-load.ts';
import { writeSyntheticCsv } from './eventlog-generate.ts';
import { type HttpSession, logIn } from './http-session.ts';

const csvEvents = Number(process.argv[2] ?? 1_000_000);
const BPIC = resolve(import.meta.dirname, '../../shared/fixtures/eventlogs/bpic2012.xes.gz');
const load = () => loadavg()[0]?.toFixed(1) ?? '?';

/** Creates the log, streams the file with curl, polls until ready; events/s from upload to ready. */
async function importOnce(session: HttpSession, file: string, options: object, pid: number) {
  const created = await session.post('/eventlogs', options);
  if (created.status !== 201) throw new Error(`create: ${created.status} ${await created.text()}`);
  const { log } = (await created.json()) as { log: { id: string } };
  const cpu = cpuSeconds(pid);
  const loadBefore = load();
  const start = performance.now();
  const put = spawnSync('curl', [
    ...['-sf', '-o', '/dev/null', '-T', file, '-H', 'content-type: application/octet-stream'],
    ...session.curlHeaders(true),
    session.url(`/eventlogs/${log.id}/file`),
  ]);
  if (put.status !== 0) throw new Error(`upload: curl exit ${put.status}`);
  for (;;) {
    const res = await session.get(`/eventlogs/${log.id}`);
    const body = (await res.json()) as { log: { status: string; events: number } };
    if (body.log.status === 'ready') {
      const seconds = (performance.now() - start) / 1000;
      return {
        id: log.id,
        events: body.log.events,
        seconds,
        cpu: cpuSeconds(pid) - cpu,
        load: `${loadBefore} → ${load()}`,
      };
    }
    if (body.log.status !== 'importing' && body.log.status !== 'uploading')
      throw new Error(`import ended ${body.log.status}`);
    await sleep(50);
  }
}

const psql = (command: string) =>
  execFileSync('psql', [cluster.url, '-q', '-At', '-c', command], {
    encoding: 'utf8',
    env: { ...process.env, PGOPTIONS: '-c client_min_messages=warning' },
  }).trim();

/**
 * psql `\copy` of the log's stored rows (events and cases, exported once to files in `dir`) into empty
 * tables shaped like ours, indexes included; the wall time of the two loads, in seconds.
 */
function copyAnchor(logId: string, dir: string): number {
  let seconds = 0;
  for (const table of ['eventlog_event', 'eventlog_case']) {
    const file = join(dir, `${table}.copy`);
    psql(`\\copy (select * from ${table} where log_id = '${logId}') to '${file}'`);
    psql(`drop table if exists anchor_${table}; create table anchor_${table} (like ${table} including all)`);
    const t0 = performance.now();
    psql(`\\copy anchor_${table} from '${file}'`);
    seconds += (performance.now() - t0) / 1000;
    rmSync(file);
  }
  return seconds;
}

const cluster = await startPgCluster({ tuned: true });
const database = await openDatabase({ url: cluster.url });
const dataDir = mkdtempSync(join(tmpdir(), 'borgerblik-bench-import-http-'));
const csvFile = join(dataDir, 'synthetic.csv');
try {
  await migrateToLatest(database.db);
  const tenant = await createBenchTenant(database.db);
  await writeSyntheticCsv(csvFile, csvEvents, Math.max(1, Math.round(csvEvents / 50)));
  const server = await startCompiledServer({ databaseUrl: cluster.url, dataDir, poolSize: 4 });
  try {
    const session = await logIn(`http://127.0.0.1:${server.port}`, tenant.email, BENCH_PASSWORD);
    const common = { keepCaseAttributes: [], keepEventAttributes: [], pseudonymiseResources: false };
    const csv = {
      caseId: 'case',
      activity: 'activity',
      timestamp: 'timestamp',
      resource: 'resource',
      group: 'group',
    };
    console.log(
      `${new Date().toISOString()} · ${cpus().length} × ${cpus()[0]?.model} · compiled server, PostgreSQL`,
    );
    console.log(
      '| file | events | upload → ready s | events/s | server CPU s | psql \\copy of the same rows s | time ÷ \\copy | load |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|---|');
    for (let round = 0; round < 2; round++) {
      for (const [name, file, options] of [
        ['bpic2012.xes.gz', BPIC, { name: 'bpic', format: 'xes', ...common }],
        [`synthetic CSV`, csvFile, { name: 'csv', format: 'csv', csv, ...common }],
      ] as const) {
        const r = await importOnce(session, file, options, server.pid);
        const copy = copyAnchor(r.id, dataDir);
        console.log(
          `| ${name} | ${r.events} | ${r.seconds.toFixed(2)} | ${Math.round(r.events / r.seconds)} | ${r.cpu.toFixed(2)} | ${copy.toFixed(2)} | ${(r.seconds / copy).toFixed(2)}× | ${r.load} |`,
        );
      }
    }
  } finally {
    await server.stop();
  }
} finally {
  await database.close();
  cluster.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
