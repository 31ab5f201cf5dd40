import { readdirSync, readFileSync } from 'node:fs';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../server/db/types.ts';

/** utime + stime (+ reaped children's with `children`) of a process, in clock ticks; 0 when it is gone. */
function ticks(pid: number, children = false): { ppid: number; t: number } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state is field 3.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const n = (i: number) => Number(f[i - 3] ?? 0);
    return { ppid: n(4), t: n(14) + n(15) + (children ? n(16) + n(17) : 0) };
  } catch {
    return { ppid: 0, t: 0 };
  }
}

/**
 * CPU seconds used so far by a local PostgreSQL server: the postmaster with every child it has
 * reaped, plus its live children (backends, checkpointer, WAL writer, autovacuum). Load on the
 * machine stretches wall time, much less CPU time, so the bench reports both. Linux only.
 */
export async function pgCpuSeconds(db: Kysely<Database>): Promise<number> {
  const r = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db);
  const postmaster = ticks(Number(r.rows[0]?.pid)).ppid;
  if (!postmaster) return Number.NaN;
  let total = ticks(postmaster, true).t;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const p = ticks(Number(name));
    if (p.ppid === postmaster) total += p.t;
  }
  return total / 100; // USER_HZ is 100 on Linux
}
