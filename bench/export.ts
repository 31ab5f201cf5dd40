/**
 * Export benchmark: the raw-response CSV of one survey through the real app over HTTP (curl reads it,
 * as a browser would), beside psql's `\copy` of the same rows (the export's own SELECT) on the same
 * PostgreSQL, interleaved in one run; the server's peak RSS is sampled every 10 ms. Sizes grow
 * 100 k → 250 k → 1 M (→ 5 M with --sizes).
 *
 *   npx tsx bench/export.ts [--sizes 100000,250000,1000000] [--runs 2]
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { startPgCluster } from '../test/pg-cluster.ts';
import { BENCH_PASSWORD, createBenchTenant, loadResponses } from './dashboard-load.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const sizes = arg('sizes', '100000,250000,1000000').split(',').map(Number);
const runs = Number(arg('runs', '2'));

/** The rows of the export, as the app selects them (one statement instead of keyset pages). */
const copySql = (surveyId: string) => `
  select r.id, r.submitted_hour, r.unit_id, r.channel, r.locale,
    (select jsonb_object_agg(a.item_id, case when a.dont_know then 'dk' else a.value::text end)
       from survey_answer a where a.municipality_id = r.municipality_id and a.response_id = r.id) as answers,
    (select jsonb_object_agg(t.item_id, t.body)
       from survey_text_answer t where t.municipality_id = r.municipality_id and t.response_id = r.id) as texts
  from survey_response r where r.survey_id = '${surveyId}' order by r.id`;

function timeCommand(file: string, args: string[]): number {
  const t0 = performance.now();
  execFileSync(file, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - t0;
}

async function curlTimed(url: string, cookie: string): Promise<{ ms: number; peakRss: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const curl = spawn('curl', ['-sf', '-o', '/dev/null', '-H', `cookie: ${cookie}`, url], {
      stdio: 'inherit',
    });
    curl.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`curl exit ${code}`))));
  });
  clearInterval(timer);
  return { ms: performance.now() - t0, peakRss: peak };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main() {
  const cluster = await startPgCluster({ tuned: true });
  const database = await openDatabase({ url: cluster.url });
  try {
    await migrateToLatest(database.db);
    const tenant = await createBenchTenant(database.db);
    const app = await buildApp({ database, config: { ...loadConfig({}), webDir: '/nonexistent' } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: tenant.email, password: BENCH_PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const surveyId = tenant.surveyIds[0] as string;
    console.log(
      `machine: ${cpus().length} × ${cpus()[0]?.model}; load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    console.log('rows (survey) | app CSV ms | psql \\copy ms | ratio | server peak RSS MB');
    let loaded = 0;
    for (const size of sizes) {
      // Every fourth response belongs to the exported survey (four surveys share the load).
      await loadResponses(database.db, tenant, loaded, size * 4);
      loaded = size * 4;
      const exported = await database.db
        .selectFrom('survey_response')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('survey_id', '=', surveyId)
        .executeTakeFirstOrThrow();
      const appMs: number[] = [];
      const copyMs: number[] = [];
      let peak = 0;
      for (let r = 0; r < runs; r++) {
        const res = await curlTimed(`${base}/api/v1/surveys/${surveyId}/export.csv`, cookie);
        appMs.push(res.ms);
        peak = Math.max(peak, res.peakRss);
        const copy = `\\copy (${copySql(surveyId).replace(/\s+/g, ' ')}) to '/dev/null' with csv header`;
        copyMs.push(timeCommand('psql', [cluster.url, '-qc', copy]));
      }
      const [a, c] = [median(appMs), median(copyMs)];
      console.log(
        `${exported.n} | ${a.toFixed(0)} | ${c.toFixed(0)} | ${(a / c).toFixed(2)} | ${(peak / 2 ** 20).toFixed(0)}`,
      );
    }
    await app.close();
  } finally {
    await database.close();
    cluster.stop();
  }
}

await main();
