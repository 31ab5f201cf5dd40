#!/usr/bin/env node
// Entry point of `npx borgerblik`: registers tsx so the TypeScript sources run as they are.
import { register } from 'tsx/esm/api';

register();
const { main } = await import(new URL('../server/cli/main.ts', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
