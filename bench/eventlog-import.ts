/**
 * Full-import benchmark: upload file → streaming parse → pseudonymise and screen → bulk write in
 * one transaction (COPY on PostgreSQL, staged batched inserts on PGlite) → commit. The same code
 * path as the API's background job (server/eventlog/import/run.ts), timed end to end.
 *
 *   npx tsx bench/eventlog-import.ts [events=1000000] [--only=pg|pglite] [--csv-only]
 *   (results: docs/performance/eventlog.md; the flags are for quick A/B runs while tuning)
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { type DatabaseHandle, openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { runImport } from '../server/eventlog/import/run.ts';
import type { ImportOptions, ImportProgress } from '../server/eventlog/model.ts';
import { fixture } from '../server/eventlog/parse/fixtures.ts';
import { insertLog, setStatus } from '../server/eventlog/repository.ts';
import { makeMunicipality, makeUser } from '../server/seed/factories.ts';
import { startPgCluster } from '../test/pg-cluster.ts';
import { writeSyntheticCsv } from './eventlog-generate.ts';

const CSV: ImportOptions = {
  csv: { caseId: 'case', activity: 'activity', timestamp: 'timestamp', resource: 'resource', group: 'group' },
  keepCaseAttributes: [],
  keepEventAttributes: [],
  pseudonymiseResources: false,
  skipBadRows: false,
};
const XES: ImportOptions = { ...CSV, csv: null };

interface Result {
  db: string;
  log: string;
  events: number;
  seconds: number;
  rssMB: number;
}

/** Imports `file` once into a fresh municipality and times it. */
async function importOnce(handle: DatabaseHandle, file: string, options: ImportOptions, slug: string) {
  const municipality = await makeMunicipality(handle.db, { slug, name: slug });
  const tenant = { municipalityId: municipality.id };
  const user = await makeUser(handle.db, municipality.id, {
    email: `bench@${slug}.dk`,
    name: 'Bench',
    role: 'analyst',
    password: 'bench-password-123',
  });
  const format = options.csv ? 'csv' : 'xes';
  const row = await insertLog(handle.db, tenant, { name: slug, format, options, createdBy: user.id });
  await setStatus(handle.db, tenant, row.id, 'importing', { bytes: statSync(file).size });
  const progress: ImportProgress = {
    phase: 'parsing',
    bytesRead: 0,
    totalBytes: 0,
    events: 0,
    cases: 0,
    stored: 0,
  };
  const t = performance.now();
  await runImport({
    handle,
    tenant,
    logId: row.id,
    file,
    options,
    secret: '00'.repeat(32),
    signal: new AbortController().signal,
    progress,
  });
  return { events: progress.events, seconds: (performance.now() - t) / 1000 };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const total = Number(args.find((a) => !a.startsWith('--')) ?? 1_000_000);
  const only = args.find((a) => a.startsWith('--only='))?.slice(7);
  const csv = path.join(tmpdir(), `borgerblik-import-${total}.csv`);
  await writeSyntheticCsv(csv, total, Math.round(total / 20));
  const bpic = fixture('bpic2012.xes.gz');
  const logs: Array<[string, string, ImportOptions]> = [
    [`generated ${total.toLocaleString('en-US')} (CSV)`, csv, CSV],
  ];
  if (existsSync(bpic) && !args.includes('--csv-only')) logs.push(['bpic2012.xes.gz', bpic, XES]);
  const results: Result[] = [];
  const measure = async (db: string, handle: DatabaseHandle) => {
    await migrateToLatest(handle.db);
    let n = 0;
    for (const [log, file, options] of logs) {
      const r = await importOnce(handle, file, options, `bench${n++}`);
      results.push({ db, log, ...r, rssMB: process.memoryUsage().rss / 2 ** 20 });
      console.warn(`${db} ${log}: ${r.events} events in ${r.seconds.toFixed(2)} s`);
    }
  };
  try {
    if (only !== 'pglite') {
      const cluster = await startPgCluster({ tuned: true });
      try {
        const pgHandle = await openDatabase({ url: cluster.url });
        await measure('PostgreSQL (COPY)', pgHandle);
        await pgHandle.close();
      } finally {
        cluster.stop();
      }
    }
    if (only === 'pg') return report(results);
    const dir = mkdtempSync(path.join(tmpdir(), 'borgerblik-pglite-'));
    try {
      const lite = await openDatabase({ dataDir: dir });
      await measure('PGlite (batched inserts)', lite);
      await lite.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(csv, { force: true });
  }
  report(results);
}

function report(results: Result[]): void {
  console.log(
    `Machine: ${cpus().length} CPUs, ${cpus()[0]?.model ?? 'unknown'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}; ${new Date().toISOString()}\n`,
  );
  console.log('| database | log | events | seconds | events/s (full import) | RSS after MB |');
  console.log('|---|---|---|---|---|---|');
  for (const r of results) {
    const rate = Math.round(r.events / r.seconds).toLocaleString('en-US');
    console.log(
      `| ${r.db} | ${r.log} | ${r.events.toLocaleString('en-US')} | ${r.seconds.toFixed(2)} | ${rate} | ${r.rssMB.toFixed(0)} |`,
    );
  }
}

await main();
