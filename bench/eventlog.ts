/**
 * Event-log benchmark: parse, handover matrix + DFG + variants, on BPIC 2012 (262,200 events)
 * and on a generated 5,000,000-event CSV, beside a plain line reader over the same text.
 * Each scenario runs in its own process so that maxRSS is that scenario's peak.
 *
 *   npx tsx bench/eventlog.ts            (results: docs/performance/eventlog.md)
 */
import { execFile } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { fixture } from '../server/eventlog/parse/fixtures.ts';
import { writeSyntheticCsv } from './eventlog-generate.ts';
import { type Measure, runScenario } from './eventlog-scenarios.ts';

const self = fileURLToPath(import.meta.url);

async function child(kind: string, file: string): Promise<Measure> {
  const args = [...process.execArgv, self, '--scenario', kind, file];
  const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as Measure;
}

const f0 = (x: number) => Math.round(x).toLocaleString('en-US');

function row(log: string, m: Measure): string {
  const rate = m.events / m.seconds;
  const analysis = m.analysisSeconds ? f0(m.events / m.analysisSeconds) : '';
  const extra = m.cases === undefined ? '' : `${f0(m.cases)} / ${f0(m.actors ?? 0)} / ${f0(m.variants ?? 0)}`;
  const unit = m.scenario === 'baseline' ? 'lines' : 'events';
  return `| ${log} | ${m.scenario} | ${f0(m.events)} ${unit} | ${m.seconds.toFixed(2)} | ${f0(rate)} | ${analysis} | ${extra} | ${m.peakHeapMB.toFixed(0)} | ${m.maxRssMB.toFixed(0)} |`;
}

async function main(): Promise<void> {
  const rows: string[] = [];
  const bpic = fixture('bpic2012.xes.gz');
  if (existsSync(bpic)) {
    for (const kind of ['baseline', 'parse', 'analyse'])
      rows.push(row('bpic2012.xes.gz', await child(kind, bpic)));
  } else {
    console.warn(`bpic2012.xes.gz not found at ${bpic}: skipped`);
  }
  const csv = path.join(tmpdir(), 'borgerblik-bench-5m.csv');
  const t = performance.now();
  const bytes = await writeSyntheticCsv(csv, 5_000_000, 250_000);
  console.warn(
    `generated ${csv}: ${(bytes / 2 ** 20).toFixed(0)} MiB in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  try {
    for (const kind of ['baseline', 'parse', 'analyse'])
      rows.push(row('generated 5M (CSV)', await child(kind, csv)));
  } finally {
    rmSync(csv, { force: true });
  }
  for (const kind of ['synthetic:1000000:50000', 'synthetic:5000000:50000', 'synthetic:5000000:250000']) {
    rows.push(row('in-memory generator', await child(kind, '')));
  }
  const cpu = cpus()[0]?.model ?? 'unknown';
  console.log(
    `Machine: ${cpus().length} CPUs (nproc), ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}`,
  );
  console.log(
    `Date: ${new Date().toISOString()}; bpic2012 size ${existsSync(bpic) ? statSync(bpic).size : 0} bytes\n`,
  );
  console.log(
    '| log | scenario | volume | seconds | per second (end to end) | events/s analysis alone | cases / actors / variants | peak heap MB | max RSS MB |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
}

// Dispatch last: the helpers above must be initialised first.
if (process.argv[2] === '--scenario') {
  const result = await runScenario(process.argv[3] ?? '', process.argv[4] ?? '');
  process.stdout.write(JSON.stringify(result));
} else {
  await main();
}
