/**
 * The analysis of a stored event log alone, in this (fresh) process: the API's report
 * (`logReport`, 300 most frequent variants) read from PostgreSQL in keyset pages, with wall time,
 * CPU time, peak RSS and the peaks of V8's heap, external and ArrayBuffer memory (sampled every
 * 50 ms), and a line every `--every` seconds while it runs. `bench/eventlog-scale.ts` runs it as a
 * child after the import, so that the import's heap does not count towards the analysis.
 *
 *   npx tsx bench/eventlog-analyse.ts <postgres url> <municipality id> <log id> [--every 10]
 * Add `--expose-gc` (node option) for the heap left after a full GC; `--trace-gc` for V8's log.
 * tsx itself costs ~80 MB of RSS here (its loader thread and transform caches: 152 MB before the
 * analysis, against 76 MB for the compiled modules), so `--server <email> <password>` measures the
 * way an operator runs it instead: the compiled server (`dist/`, built when missing) on the same
 * database answers `GET /api/v1/eventlogs/:id/report` once; its CPU and peak RSS (VmHWM) are read
 * from /proc; `--node-arg <option>` (repeatable) starts it with that Node/V8 option.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapSpaceStatistics } from 'node:v8';
import { openDatabase } from '../server/db/database.ts';
import { logReport } from '../server/eventlog/analysis/report.ts';
import { cpuSeconds, startCompiledServer } from './compiled-server.ts';
import { logIn } from './http-session.ts';

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

/** Peaks of process.memoryUsage() and of V8's old space, sampled. */
class MemoryPeaks {
  rss = 0;
  heapUsed = 0;
  heapTotal = 0;
  external = 0;
  arrayBuffers = 0;
  oldSpace = 0;

  sample(): NodeJS.MemoryUsage {
    const m = process.memoryUsage();
    this.rss = Math.max(this.rss, m.rss);
    this.heapUsed = Math.max(this.heapUsed, m.heapUsed);
    this.heapTotal = Math.max(this.heapTotal, m.heapTotal);
    this.external = Math.max(this.external, m.external);
    this.arrayBuffers = Math.max(this.arrayBuffers, m.arrayBuffers);
    const old = getHeapSpaceStatistics().find((s) => s.space_name === 'old_space');
    this.oldSpace = Math.max(this.oldSpace, old?.space_size ?? 0);
    return m;
  }

  toString(): string {
    return `peak RSS ${mb(this.rss)} MB (heap used ${mb(this.heapUsed)}, heap total ${mb(this.heapTotal)}, old space ${mb(this.oldSpace)}, external ${mb(this.external)}, ArrayBuffers ${mb(this.arrayBuffers)} MB)`;
  }
}

/** Runs the report of one stored log and prints what it cost. */
export async function analyseStored(url: string, municipalityId: string, logId: string, every = 10) {
  const handle = await openDatabase({ url, poolSize: 4 });
  try {
    await handle.db.selectFrom('eventlog').select('id').limit(1).execute();
    const atStart = process.memoryUsage();
    console.log(
      `before the analysis (modules loaded, pool open): RSS ${mb(atStart.rss)} MB, heap used ${mb(atStart.heapUsed)} MB`,
    );
    const peaks = new MemoryPeaks();
    const start = performance.now();
    const seconds = () => ((performance.now() - start) / 1000).toFixed(1);
    let nextLine = every;
    const timer = setInterval(() => {
      const m = peaks.sample();
      if ((performance.now() - start) / 1000 < nextLine) return;
      nextLine += every;
      console.log(
        `  ${seconds()} s: RSS ${mb(m.rss)}, heap used ${mb(m.heapUsed)} / total ${mb(m.heapTotal)}, external ${mb(m.external)}, ArrayBuffers ${mb(m.arrayBuffers)} MB`,
      );
    }, 50);
    const cpu = process.cpuUsage();
    const loadBefore = load();
    const options = { by: 'resource', filter: [], minVariant: 1 };
    const report = await logReport(handle.db, { municipalityId }, logId, options);
    clearInterval(timer);
    peaks.sample();
    const used = process.cpuUsage(cpu);
    console.log(
      `analyse (handover report from the database): ${seconds()} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU (node), ${peaks}, load ${loadBefore} → ${load()}`,
    );
    console.log(`report: ${JSON.stringify(report.summary)}, ${report.variants.length} variants`);
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc) {
      gc();
      const m = process.memoryUsage();
      console.log(
        `after a full GC (report still held): heap used ${mb(m.heapUsed)} MB, ArrayBuffers ${mb(m.arrayBuffers)} MB, RSS ${mb(m.rss)} MB`,
      );
    }
    return report;
  } finally {
    await handle.close();
  }
}

/** The body of a GET, however long the server takes to answer. */
function httpGet(url: string, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () =>
        res.statusCode === 200 ? resolve(text) : reject(new Error(`${res.statusCode}: ${text}`)),
      );
    }).on('error', reject);
  });
}

/** The same report through the compiled server's API: its CPU time and peak RSS. */
export async function analyseThroughServer(
  url: string,
  logId: string,
  email: string,
  password: string,
  nodeArgs: string[] = [],
) {
  const dataDir = mkdtempSync(join(tmpdir(), 'borgerblik-bench-analyse-'));
  const server = await startCompiledServer({ databaseUrl: url, dataDir, poolSize: 4, nodeArgs });
  try {
    const user = await logIn(`http://127.0.0.1:${server.port}`, email, password);
    const before = server.rss();
    const cpu = cpuSeconds(server.pid);
    const loadBefore = load();
    const start = performance.now();
    // node:http rather than fetch: fetch gives up waiting for the headers after 300 s.
    const body = JSON.parse(
      await httpGet(user.url(`/eventlogs/${logId}/report?by=resource`), user.readHeaders),
    ) as { report?: { summary: unknown; variants: unknown[] } };
    const after = server.rss();
    console.log(
      `analyse through the compiled server (GET report${nodeArgs.length ? `, node ${nodeArgs.join(' ')}` : ''}): ${((performance.now() - start) / 1000).toFixed(1)} s wall, ${(cpuSeconds(server.pid) - cpu).toFixed(1)} s CPU (server), RSS before ${mb(before.now)} MB (peak so far ${mb(before.peak)}), peak RSS ${mb(after.peak)} MB, RSS after ${mb(after.now)} MB, load ${loadBefore} → ${load()}`,
    );
    console.log(`report: ${JSON.stringify(body.report?.summary)}, ${body.report?.variants.length} variants`);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url, municipalityId, logId] = process.argv.slice(2);
  const at = process.argv.indexOf('--every');
  const viaServer = process.argv.indexOf('--server');
  if (!url || !municipalityId || !logId) {
    console.error(
      'usage: npx tsx bench/eventlog-analyse.ts <postgres url> <municipality id> <log id> [--every s] [--server <email> <password>]',
    );
    process.exit(2);
  }
  if (viaServer > 0)
    await analyseThroughServer(
      url,
      logId,
      process.argv[viaServer + 1] ?? '',
      process.argv[viaServer + 2] ?? '',
      process.argv.flatMap((a, i) => (process.argv[i - 1] === '--node-arg' ? [a] : [])),
    );
  else await analyseStored(url, municipalityId, logId, at > 0 ? Number(process.argv[at + 1]) : 10);
}
