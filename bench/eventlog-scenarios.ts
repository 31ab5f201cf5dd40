import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parseCsv } from '../server/eventlog/parse/csv-parser.ts';
import type { EventLogStream } from '../server/eventlog/parse/stream.ts';
import { parseXes } from '../server/eventlog/parse/xes-parser.ts';
import { HandoverAnalysis } from '../shared/eventlog/analyzer.ts';
import { syntheticBatches } from './eventlog-generate.ts';

/** What one scenario measured (in its own process, so maxRSS is its own). */
export interface Measure {
  scenario: string;
  events: number;
  seconds: number;
  /** Seconds spent inside the analysis calls only (when analysing). */
  analysisSeconds?: number;
  cases?: number;
  actors?: number;
  variants?: number;
  peakHeapMB: number;
  maxRssMB: number;
}

let peakHeap = 0;
const sampleHeap = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};

async function lines(file: string): Promise<number> {
  const raw = createReadStream(file);
  const input: Readable = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  let n = 0;
  for await (const _ of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (++n % 100_000 === 0) sampleHeap();
  }
  return n;
}

function open(file: string): EventLogStream {
  if (/\.xes(\.gz)?$/.test(file)) return parseXes(createReadStream(file));
  const mapping = {
    caseId: 'case',
    activity: 'activity',
    timestamp: 'timestamp',
    resource: 'resource',
    group: 'group',
  };
  return parseCsv(createReadStream(file), { mapping, groupedByCase: true });
}

/** Runs one scenario: `baseline`, `parse`, `analyse` on a file, or `synthetic:<events>:<cases>`. */
export async function runScenario(kind: string, file: string): Promise<Measure> {
  const t0 = performance.now();
  let events = 0;
  let analysisMs = 0;
  let extra: Partial<Measure> = {};
  if (kind === 'baseline') {
    events = await lines(file);
  } else if (kind.startsWith('synthetic')) {
    const [, total, cases] = kind.split(':').map(Number);
    const analysis = new HandoverAnalysis({ by: 'resource' });
    for (const batch of syntheticBatches(total ?? 0, cases ?? 1)) {
      const a = performance.now();
      analysis.addBatch(batch);
      analysisMs += performance.now() - a;
      events += batch.events.length;
      sampleHeap();
    }
    const a = performance.now();
    const r = analysis.finish();
    analysisMs += performance.now() - a;
    extra = { cases: r.summary.cases, actors: r.summary.actors, variants: r.summary.variants };
  } else {
    const stream = open(file);
    const analysis = kind === 'analyse' ? new HandoverAnalysis({ by: 'resource' }) : null;
    for await (const batch of stream) {
      events += batch.events.length;
      if (analysis) {
        const a = performance.now();
        analysis.addBatch(batch);
        analysisMs += performance.now() - a;
      }
      sampleHeap();
    }
    if (analysis) {
      const a = performance.now();
      const r = analysis.finish();
      analysisMs += performance.now() - a;
      extra = { cases: r.summary.cases, actors: r.summary.actors, variants: r.summary.variants };
    }
  }
  sampleHeap();
  return {
    scenario: kind,
    events,
    seconds: (performance.now() - t0) / 1000,
    ...(analysisMs ? { analysisSeconds: analysisMs / 1000 } : {}),
    ...extra,
    peakHeapMB: peakHeap / 2 ** 20,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  };
}
