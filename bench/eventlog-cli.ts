/**
 * The event-log CLI end to end, beside its anchor, interleaved in one run: `borgerblik eventlog analyse
 * FILE --json` started with `node` (the built CLI when dist/ exists) and a plain lxml script counting the
 * same handovers (bench/anchors/handovers_lxml.py, Debian's python3-lxml). CPU time (user + sys) and
 * peak RSS of each process come from GNU time; the handover counts of both are compared.
 *
 *   npx tsx bench/eventlog-cli.ts [--file ../shared/fixtures/eventlogs/bpic2012.xes.gz] [--rounds 5]
 * Also times the upload form's preview of the file's first MiB. Results: docs/performance/end-to-end.md
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isFresh } from '../bin/freshness.mjs';
import { previewHead } from '../server/eventlog/import/preview.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const file = arg('file', '../shared/fixtures/eventlogs/bpic2012.xes.gz');
const rounds = Number(arg('rounds', '5'));
const dir = mkdtempSync(join(tmpdir(), 'bb-cli-'));

interface Run {
  cpu: number;
  wall: number;
  rssMb: number;
  out: string;
}

/** Runs a command under GNU time; returns its CPU seconds, wall seconds, peak RSS and stdout. */
function timed(command: string, args: string[]): Run {
  const stats = join(dir, 'time.txt');
  const out = execFileSync('/usr/bin/time', ['-o', stats, '-f', '%U %S %e %M', command, ...args], {
    maxBuffer: 64 * 2 ** 20,
    encoding: 'utf8',
  });
  const [user = 0, sys = 0, wall = 0, kb = 0] = readFileSync(stats, 'utf8').trim().split(/\s+/).map(Number);
  return { cpu: user + sys, wall, rssMb: kb / 1024, out };
}

try {
  execFileSync('/usr/bin/python3', ['-c', 'import lxml'], { stdio: 'ignore' });
} catch {
  console.error("The anchor needs Debian's python3-lxml: apt-get install python3-lxml");
  process.exit(1);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
// The bin file runs the bundle only when it is newer than its sources (else tsx, far slower): say which.
const inputsFile = 'dist/cli/inputs.json';
const cli =
  existsSync(inputsFile) &&
  (await isFresh(['dist/cli/main.js', inputsFile], JSON.parse(readFileSync(inputsFile, 'utf8'))))
    ? 'built (dist/cli, one bundled module)'
    : 'TypeScript through tsx (no current build: run npm run build first)';
const ours: Run[] = []; // started as `npx borgerblik` starts it: the bin file with its shebang's Node flags
const anchor: Run[] = [];
const before = loadavg().map((l) => l.toFixed(1));
for (let r = 0; r < rounds; r++) {
  ours.push(timed('bin/borgerblik.mjs', ['eventlog', 'analyse', file, '--json']));
  anchor.push(timed('/usr/bin/python3', ['bench/anchors/handovers_lxml.py', file]));
}
const report = JSON.parse(ours[0]?.out ?? '{}') as { report: { summary: Record<string, number> } };
const lxml = JSON.parse(anchor[0]?.out ?? '{}') as Record<string, number>;
const row = (name: string, runs: Run[]) =>
  `| ${name} | ${median(runs.map((x) => x.cpu)).toFixed(2)} | ${median(runs.map((x) => x.wall)).toFixed(2)} | ${median(runs.map((x) => x.rssMb)).toFixed(0)} |`;
console.log(
  `${new Date().toISOString()} · ${cpus().length} × ${cpus()[0]?.model} · load before ${before.join(' ')}, after ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(`file ${file}, ${rounds} interleaved rounds, medians; our CLI: ${cli}`);
console.log('| program | CPU s | wall s | peak RSS MB |\n|---|---|---|---|');
console.log(row('borgerblik eventlog analyse --json', ours));
console.log(row('lxml script (anchor)', anchor));
console.log(
  `CPU ratio lxml ÷ ours: ${(median(anchor.map((x) => x.cpu)) / median(ours.map((x) => x.cpu))).toFixed(2)}; ` +
    `handovers ours ${report.report.summary.handovers} / lxml ${lxml.handovers}, ` +
    `self-handovers ${report.report.summary.selfHandovers} / ${lxml.selfHandovers}`,
);

// The upload form's preview: the first MiB of the file, as the browser sends it (CPU time in-process).
const head = readFileSync(file).subarray(0, 2 ** 20);
const previewCpu: number[] = [];
for (let r = 0; r < rounds; r++) {
  const c0 = process.cpuUsage();
  await previewHead(head, {});
  const c = process.cpuUsage(c0);
  previewCpu.push((c.user + c.system) / 1000);
}
console.log(`preview of the first MiB: median ${median(previewCpu).toFixed(0)} ms CPU over ${rounds} runs`);
