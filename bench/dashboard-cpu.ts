/**
 * CPU time per dashboard view, in-process (process.cpuUsage: this process only, so the database's work
 * is not in it): the whole view, and its aggregate reads alone. On a database `bench/dashboard.ts --keep`
 * loaded. Load disturbs CPU time much less than wall time.
 *
 *   npx tsx bench/dashboard-cpu.ts --url postgres://… [--runs 40] [--calls overview,trend,comparison] [--dist]
 * --dist runs the compiled views (dist/server, `npm run build:server`), as the server does: under tsx
 * every function carries a naming wrapper, and profiles (`node --cpu-prof`) lose their line numbers.
 */
import type { AuthContext } from '../server/auth/context.ts';
import { openDatabase } from '../server/db/database.ts';
import { findBenchTenant } from './dashboard-load.ts';
import { benchPeriods } from './dashboard-measure.ts';
import { percentile } from './dashboard-sql.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const RUNS = Number(arg('runs', '40'));
const CALLS = arg('calls', 'overview,trend,comparison').split(',');
const dist = process.argv.includes('--dist');
/** A dashboard module from the sources or from dist/, with the source's types. */
const load = <T>(name: string): Promise<T> =>
  import(
    new URL(dist ? `../dist/server/dashboard/${name}.js` : `../server/dashboard/${name}.ts`, import.meta.url)
      .href
  );
const { comparison } = await load<typeof import('../server/dashboard/comparison.ts')>('comparison');
const { contextFor } = await load<typeof import('../server/dashboard/context.ts')>('context');
const { SnapshotCache } = await load<typeof import('../server/dashboard/context-cache.ts')>('context-cache');
const { overview } = await load<typeof import('../server/dashboard/overview.ts')>('overview');
const { trend } = await load<typeof import('../server/dashboard/trend.ts')>('trend');

const handle = await openDatabase({ url: arg('url', '') });
try {
  const t = await findBenchTenant(handle.db);
  const user = await handle.db
    .selectFrom('app_user')
    .select(['id', 'role'])
    .where('email', '=', t.email)
    .executeTakeFirstOrThrow();
  // The views read the tenant and the role only.
  const auth: AuthContext = {
    municipalityId: t.municipalityId,
    userId: user.id,
    role: user.role,
    locale: 'da',
    email: t.email,
    name: 'Bench',
    csrfToken: '',
    tokenHash: '',
    mustChangePassword: false,
  };
  const p = benchPeriods();
  const year = { from: p.monthFrom, to: p.today };
  const snapshot = await new SnapshotCache().current(handle.db, auth);
  const views: Record<string, () => Promise<unknown>> = {
    overview: () => overview(handle.db, auth, contextFor(snapshot, year)),
    trend: () =>
      trend(
        handle.db,
        auth,
        contextFor(snapshot, { from: p.trendFrom, to: p.today, unitId: t.unitIds[0] }),
        'month',
        'index.coherence',
      ),
    comparison: () => comparison(handle.db, auth, contextFor(snapshot, year), 'index.coherence', 'units'),
  };
  for (const name of CALLS) {
    const view = views[name];
    if (!view) continue;
    const cpu: number[] = [];
    let json = 0;
    for (let i = 0; i < RUNS + 5; i += 1) {
      const before = process.cpuUsage();
      const out = await view();
      const used = process.cpuUsage(before);
      if (i >= 5) cpu.push((used.user + used.system) / 1000);
      json = JSON.stringify(out).length;
    }
    const total = cpu.reduce((a, b) => a + b, 0) / cpu.length;
    console.log(
      `${name}: CPU ms per call mean ${total.toFixed(2)} · p50 ${percentile(cpu, 50).toFixed(2)} · ${json} B JSON (${RUNS} runs)`,
    );
  }
} finally {
  await handle.close();
}
