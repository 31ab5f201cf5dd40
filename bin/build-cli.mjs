// The CLI as one bundled module, dist/cli/main.js, with the list of the sources it was bundled from
// (dist/cli/inputs.json). Why: `borgerblik` starts a fresh Node for every command, and loading the ~50
// compiled modules of dist/server one by one cost ~35–100 ms of CPU per run against ~12 ms for one file;
// the inputs list lets bin/borgerblik.mjs check those ~50 files for freshness instead of every source.
// Packages from node_modules stay imports (PGlite and saxes are still loaded only when used).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { root } from './freshness.mjs';

/** Bundles server/cli/main.ts into dist/cli/; returns the repository-relative paths of its sources. */
export async function buildCli() {
  const outDir = path.join(root, 'dist', 'cli');
  rmSync(outDir, { recursive: true, force: true });
  const result = await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    build: {
      ssr: 'server/cli/main.ts',
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      sourcemap: true,
      rollupOptions: { output: { entryFileNames: 'main.js' } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const inputs = outputs
    .flatMap((chunk) => (chunk.type === 'chunk' ? Object.keys(chunk.modules) : []))
    .filter((id) => id.startsWith(root) && !id.includes('node_modules'))
    .map((id) => path.relative(root, id).split(path.sep).join('/'))
    .sort();
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'inputs.json'), `${JSON.stringify(inputs, null, 2)}\n`);
  return inputs;
}
