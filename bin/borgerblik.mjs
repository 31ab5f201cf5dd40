#!/usr/bin/env -S node --max-semi-space-size=4
// The young generation capped at 4 MB per semi-space: the CLI's peak RSS on BPIC 2012 falls from
// ~120–135 MB to ~90 MB at the same CPU time (bench/eventlog-cli.ts).
// Entry point of `npx borgerblik`: runs the compiled CLI from dist/ (`npm run build`) when it is current,
// and otherwise the TypeScript sources through tsx (a development dependency), as in a fresh checkout.
import { isFresh } from './freshness.mjs';

let entry = new URL('../dist/server/cli/main.js', import.meta.url);
if (!(await isFresh(['dist/server/cli/main.js'], ['server', 'shared']))) {
  const { register } = await import('tsx/esm/api');
  register();
  entry = new URL('../server/cli/main.ts', import.meta.url);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
