#!/usr/bin/env node
// `npm test`: the checks that need no test runner (four type checks, lint, the web build the e2e suite
// serves) run two at a time — one per core on the 2-core CI machine, about a minute less than one after
// the other — and only when all pass does Vitest run every project. Arguments go to Vitest.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const TSC = ['tsconfig.json', 'web/tsconfig.json', 'shared/tsconfig.json', 'e2e/tsconfig.json'];
const checks = [
  ['vite', 'build', '--logLevel', 'warn'],
  ...TSC.map((project) => ['tsc', '--noEmit', '-p', project]),
  ['biome', 'check', '.'],
];

/** Runs a command from node_modules/.bin with the terminal as its output; resolves to its exit code. */
function run([command, ...args]) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['--no-install', command, ...args], { stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const queue = [...checks];
const failed = [];
async function worker() {
  for (let next = queue.shift(); next; next = queue.shift()) {
    if ((await run(next)) !== 0) failed.push(next.join(' '));
  }
}
await Promise.all(Array.from({ length: Math.min(availableParallelism(), 2) }, worker));
if (failed.length) {
  console.error(`npm test: failed before the test run: ${failed.join('; ')}`);
  process.exit(1);
}
process.exit(await run(['vitest', 'run', ...process.argv.slice(2)]));
