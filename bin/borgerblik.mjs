#!/usr/bin/env -S node --max-semi-space-size=4
// The young generation capped at 4 MB per semi-space: the CLI's peak RSS on BPIC 2012 falls from
// ~120–135 MB to ~90 MB at the same CPU time (bench/eventlog-cli.ts).
// Entry point of `npx borgerblik`: registers tsx so the TypeScript sources run as they are.
import { register } from 'tsx/esm/api';

register();
const { main } = await import(new URL('../server/cli/main.ts', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
