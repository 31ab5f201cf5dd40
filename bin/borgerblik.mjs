#!/usr/bin/env -S node --max-semi-space-size=4
// The young generation capped at 4 MB per semi-space: the CLI's peak RSS on BPIC 2012 falls from
// ~120–135 MB to ~90 MB at the same CPU time (bench/eventlog-cli.ts).
// Entry point of `npx borgerblik`: runs the bundled CLI from dist/cli (`npm run build`) when it is newer
// than every source it was bundled from (listed beside it), and otherwise the TypeScript sources through
// tsx (a development dependency), as in a fresh checkout.
import { readFileSync } from 'node:fs';
import { isFresh, root } from './freshness.mjs';

/** The sources of the bundle, or undefined when there is no (complete) build. */
function bundleInputs() {
  try {
    return JSON.parse(readFileSync(`${root}/dist/cli/inputs.json`, 'utf8'));
  } catch {
    return undefined;
  }
}

const inputs = bundleInputs();
let entry = new URL('../dist/cli/main.js', import.meta.url);
if (!(inputs && (await isFresh(['dist/cli/main.js', 'dist/cli/inputs.json'], inputs)))) {
  const { register } = await import('tsx/esm/api');
  register();
  entry = new URL('../server/cli/main.ts', import.meta.url);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
