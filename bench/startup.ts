import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { startPgCluster } from '../test/pg-cluster.ts';
import { startCompiledServer } from './compiled-server.ts';

/**
 * Start-up time of the server to its first `/healthz` answer: wall time and the CPU time the server
 * process used until then (read from /proc, so a loaded machine inflates the wall figure but hardly the
 * CPU figure). Each database is measured on a fresh data folder (migrate + seed) and then on the same,
 * existing data (a restart). `--tsx` runs the sources through tsx, as `npm start` did before the build
 * step, for the before/after comparison; by default the compiled `dist/server/main.js` is run (build first:
 * `npm run build`). Usage: npx tsx bench/startup.ts [--tsx] [--only pglite|postgres]
 */
const useTsx = process.argv.includes('--tsx');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

/** One start to the first `/healthz` answer (bench/compiled-server.ts measures it), then a stop. */
async function startOnce(databaseUrl: string, dataDir: string): Promise<{ wall: number; cpu: number }> {
  const server = await startCompiledServer({ databaseUrl, dataDir, source: useTsx });
  await server.stop();
  return server.startup;
}

async function measure(name: string, databaseUrl: string, dataDir: string) {
  const fresh = await startOnce(databaseUrl, dataDir);
  const restart = await startOnce(databaseUrl, dataDir);
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  for (const [kind, r] of [
    ['first start (migrate + seed)', fresh],
    ['restart on existing data', restart],
  ] as const) {
    console.log(
      `${name.padEnd(10)} | ${kind.padEnd(28)} | ${r.wall.toFixed(1)} s wall | ${r.cpu.toFixed(1)} s CPU | load ${load}`,
    );
  }
}

console.log(
  `${useTsx ? 'tsx server/main.ts (sources)' : 'node dist/server/main.js'}, ${new Date().toISOString()}`,
);
const dataDir = await mkdtemp(path.join(tmpdir(), 'borgerblik-startup-'));
try {
  if (only !== 'postgres') await measure('PGlite', '', dataDir);
  if (only !== 'pglite') {
    const cluster = await startPgCluster();
    try {
      await measure('PostgreSQL', cluster.url, dataDir);
    } finally {
      cluster.stop();
    }
  }
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
