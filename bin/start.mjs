#!/usr/bin/env node
// `npm start`: builds (web app and server) only when dist/ is missing or older than the sources, then
// starts the compiled server. A restart on an unchanged checkout therefore starts at once.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { isFresh, root } from './freshness.mjs';

const SOURCES = ['server', 'shared', 'web', 'package.json', 'vite.config.ts', 'tsconfig.build.json'];
/** Written by the two halves of the build; the older of the two says when dist/ was last complete. */
const OUTPUTS = ['dist/server/main.js', 'dist/web/index.html'];

if (!(await isFresh(OUTPUTS, SOURCES))) {
  console.log('Building Borgerblik (dist/ is missing or older than the sources) …');
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
await import(path.join(root, 'dist/server/main.js'));
