/**
 * Event logs at scale on PostgreSQL: a generated log of `events` events over `cases` cases (default
 * 20,000,000 over 100,000) imported through the API's import path (streaming parse → COPY in one
 * transaction) and then analysed from the database (keyset pages → shared/eventlog, the API's report
 * with its 300 most frequent variants; the page query's plan is printed), with wall time,
 * this process's CPU time, its peak RSS (sampled every 100 ms) and the stored bytes per event.
 * The analysis runs in a fresh child process (`bench/eventlog-analyse.ts`, with this process's
 * node options), as the API's analysis of a log imported long before: the import's heap, which
 * V8 keeps after it is freed, must not count towards the analysis.
 *
 *   npx tsx bench/eventlog-scale.ts [events=20000000] [cases=100000] [--keep]
 * `--keep` leaves the cluster running (and prints how to analyse the log again, and how to stop it);
 * `--no-analyse` stops after the import (with `--keep`: analyse later with the printed command).
 * Results: docs/PERFORMANCE.md and docs/SCALING.md (capacity). Heavy: run it once, on a quiet machine.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { STORED_PAGE } from '../server/eventlog/analysis/stored-batches.ts';
import { eventPageQuery } from '../server/eventlog/events-repository.ts';
import { runImport } from '../server/eventlog/import/run.ts';
import type { ImportOptions, ImportProgress } from '../server/eventlog/model.ts';
import { insertLog, setStatus } from '../server/eventlog/repository.ts';
import { makeMunicipality, makeUser } from '../server/seed/factories.ts';
import { startPgCluster } from '../test/pg-cluster.ts';
import { writeSyntheticCsv } from './eventlog-generate.ts';

const OPTIONS: ImportOptions = {
  csv: { caseId: 'case', activity: 'activity', timestamp: 'timestamp', resource: 'resource', group: 'group' },
  keepCaseAttributes: [],
  keepEventAttributes: [],
  pseudonymiseResources: false,
  skipBadRows: false,
};
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

/** Runs `work`, reporting wall seconds, CPU seconds of this process and the peak RSS seen meanwhile. */
async function measured<T>(label: string, work: () => Promise<T>) {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const loadBefore = load();
  try {
    const value = await work();
    const used = process.cpuUsage(cpu);
    const line = `${label}: ${((performance.now() - start) / 1000).toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU (node), peak RSS ${mb(peak)} MB, load ${loadBefore} → ${load()}`;
    console.log(line);
    return value;
  } finally {
    clearInterval(timer);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const keep = process.argv.includes('--keep');
  const analyseNow = !process.argv.includes('--no-analyse');
  const events = Number(args[0] ?? 20_000_000);
  const cases = Number(args[1] ?? 100_000);
  console.log(
    `${new Date().toISOString()} · ${cpus().length} × ${cpus()[0]?.model} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${process.version} · load ${load()}`,
  );
  const csv = path.join(tmpdir(), `borgerblik-scale-${events}.csv`);
  const cluster = await startPgCluster({ tuned: true });
  const handle = await openDatabase({ url: cluster.url });
  // A time limit (timeout, Ctrl-C) must not leave the cluster running or the CSV on disk.
  const abandon = () => {
    cluster.stop();
    rmSync(csv, { force: true });
    process.exit(130);
  };
  process.once('SIGTERM', abandon).once('SIGINT', abandon);
  try {
    await measured(
      `generate CSV (${events.toLocaleString('en-US')} events, ${cases.toLocaleString('en-US')} cases)`,
      () => writeSyntheticCsv(csv, events, cases),
    );
    console.log(`CSV: ${mb(statSync(csv).size)} MB`);
    await migrateToLatest(handle.db);
    const m = await makeMunicipality(handle.db, { slug: 'scale', name: 'Scale' });
    const tenant = { municipalityId: m.id };
    const user = await makeUser(handle.db, m.id, {
      email: 'a@scale.dk',
      name: 'A',
      role: 'analyst',
      password: 'bench-password-1',
    });
    const log = await insertLog(handle.db, tenant, {
      name: 'scale',
      format: 'csv',
      options: OPTIONS,
      createdBy: user.id,
    });
    await setStatus(handle.db, tenant, log.id, 'importing', { bytes: statSync(csv).size });
    const progress: ImportProgress = {
      phase: 'parsing',
      bytesRead: 0,
      totalBytes: 0,
      events: 0,
      cases: 0,
      stored: 0,
    };
    const signal = new AbortController().signal;
    await measured('import (parse + COPY, one transaction)', () =>
      runImport({
        handle,
        tenant,
        logId: log.id,
        file: csv,
        options: OPTIONS,
        secret: '00'.repeat(32),
        signal,
        progress,
      }),
    );
    console.log(
      `imported ${progress.events.toLocaleString('en-US')} events in ${progress.cases.toLocaleString('en-US')} cases`,
    );
    await sql`vacuum analyze eventlog_event`.execute(handle.db);
    const size = await sql<{ t: string; bytes: number }>`
      select c.relname as t, pg_total_relation_size(c.oid)::bigint as bytes from pg_class c
      where c.relname in ('eventlog_event', 'eventlog_case', 'eventlog')`.execute(handle.db);
    for (const r of size.rows)
      console.log(
        `${r.t}: ${mb(r.bytes)} MB total (${(r.bytes / progress.events).toFixed(1)} bytes per event)`,
      );
    // The page query's plan in the middle of the log: an index scan in key order, no sort.
    const middle = { caseNo: Math.floor(progress.cases / 2), seq: 0 };
    const plan = await eventPageQuery(handle.db, tenant, log.id, middle, STORED_PAGE, false).explain(
      undefined,
      sql`analyze, buffers`,
    );
    console.log(plan.map((r) => Object.values(r).join(' ')).join('\n'));
    const analyse = [...process.execArgv, 'bench/eventlog-analyse.ts', cluster.url, m.id, log.id];
    console.log(`analyse again: node ${analyse.join(' ')}`);
    const child = analyseNow ? spawnSync(process.execPath, analyse, { stdio: 'inherit' }) : null;
    if (child && child.status !== 0) console.log(`analysis failed: ${child.status ?? child.signal}`);
  } finally {
    await handle.close();
    if (keep) console.log(`cluster kept: ${cluster.url} (stop it with pg_ctl -D <its data folder> stop)`);
    else cluster.stop();
    rmSync(csv, { force: true });
  }
}

await main();
