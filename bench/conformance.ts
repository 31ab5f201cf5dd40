/**
 * Conformance benchmark: BPIC 2012 (262,200 events, 13,087 cases) against a 10-step planned
 * journey. The log is parsed once into memory (parsing is measured by bench/eventlog.ts); then,
 * several times over, the timed part: map and order the cases (TraceCollector), token replay,
 * per step/handover counts and waits, deviating variants (analyseTraces), and the performance
 * spectrum and dotted chart data. Wall and CPU time per run.
 *
 *   npx tsx bench/conformance.ts           (results: docs/performance/conformance.md)
 */
import { createReadStream, existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fixture } from '../server/eventlog/parse/fixtures.ts';
import { parseXes } from '../server/eventlog/parse/xes-parser.ts';
import {
  analyseTraces,
  dottedChart,
  performanceSpectrum,
  TraceCollector,
} from '../shared/eventlog/conformance/index.ts';
import type { EventBatch } from '../shared/eventlog/types.ts';
import { BPIC_PLAN } from './conformance-plan.ts';

const RUNS = Number(process.env.RUNS ?? 7);

async function main(): Promise<void> {
  const file = fixture('bpic2012.xes.gz');
  if (!existsSync(file)) throw new Error(`${file} not found`);
  const batches: EventBatch[] = [];
  let events = 0;
  for await (const batch of parseXes(createReadStream(file))) {
    batches.push(batch);
    events += batch.events.length;
  }
  const runs: Array<{ wall: number; cpu: number; collect: number; analyse: number; charts: number }> = [];
  let summary = '';
  for (let r = 0; r < RUNS; r++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const collector = new TraceCollector(BPIC_PLAN);
    for (const b of batches) collector.addBatch(b);
    const traces = collector.finish();
    const t1 = performance.now();
    const report = analyseTraces(traces, BPIC_PLAN);
    const t2 = performance.now();
    const spectrum = performanceSpectrum(traces);
    const dotted = dottedChart(traces);
    const t3 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    runs.push({
      wall: t3 - t0,
      cpu: (cpu.user + cpu.system) / 1000,
      collect: t1 - t0,
      analyse: t2 - t1,
      charts: t3 - t2,
    });
    const lines = spectrum.segments.reduce((s, x) => s + x.lines.length / 2, 0);
    summary = `${report.cases} cases, ${report.mappedCases} mapped, ${report.conformingCases} conforming, log fitness ${report.fitness.log.toFixed(3)}, mean case fitness ${report.fitness.meanCase.toFixed(3)}, ${report.patterns.length} top patterns, ${report.extras.length} extra handovers, ${lines} spectrum lines, ${dotted.offsets.length - 1} dotted cases (stride ${dotted.stride})`;
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}; load ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}; ${new Date().toISOString()}`,
  );
  console.log(`log: ${events} events; ${summary}`);
  console.log(`runs: ${RUNS}; first run ${ms(runs[0]?.wall ?? 0)} (includes JIT warm-up)`);
  console.log(
    `median: total ${ms(med(runs.map((r) => r.wall)))} wall / ${ms(med(runs.map((r) => r.cpu)))} CPU; collect ${ms(med(runs.map((r) => r.collect)))}, analyse ${ms(med(runs.map((r) => r.analyse)))}, spectrum+dotted ${ms(med(runs.map((r) => r.charts)))}`,
  );
  console.log(`max: ${ms(Math.max(...runs.map((r) => r.wall)))} wall`);
}

await main();
