#!/usr/bin/env node
// `npm run build:server`: compiles server/ and shared/ to plain Node ESM in dist/ with tsc (relative `.ts`
// imports rewritten to `.js`), then copies the non-TypeScript files the server reads next to its own
// module at run time (survey.css, the kiosk's script and style), so `new URL('./x', import.meta.url)`
// finds them in dist/ exactly as in the sources. Last, the CLI is bundled into one module (bin/build-cli.mjs).
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from './build-cli.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

for (const folder of ['server', 'shared']) rmSync(path.join(dist, folder), { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], {
  stdio: 'inherit',
});
if (result.status !== 0) process.exit(result.status ?? 1);

/** Run-time assets: every file under server/ that is neither TypeScript nor a tsconfig. */
const isAsset = (name) => !name.endsWith('.ts') && !name.endsWith('.json');
for (const entry of readdirSync(path.join(root, 'server'), { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !isAsset(entry.name)) continue;
  const from = path.join(entry.parentPath, entry.name);
  cpSync(from, path.join(dist, path.relative(root, from)));
}

await buildCli();
