import { CompiledQuery } from 'kysely';
import type { DatabaseHandle } from '../server/db/database.ts';
import type { BenchTenant } from './dashboard-load.ts';
import { captureStatements, type DashboardServer, startDashboardServer } from './dashboard-server.ts';
import {
  type HandParams,
  handQueries,
  inlineParams,
  PsqlSession,
  percentile,
  psqlOneShot,
  psqlTimes,
} from './dashboard-sql.ts';

/** Timings of one dashboard call, in ms per run. */
export interface CallTimes {
  call: string;
  /** The whole HTTP round trip (fetch on loopback, from the benchmark process). */
  http: number[];
  /**
   * CPU time of the server process per call, in ms (over the timed calls; includes its background
   * work meanwhile); null when the server runs in the benchmark process.
   */
  serverCpu: number | null;
  /** Every statement the API sent for one call, replayed one after another; per run, their sum. */
  apiAll: number[];
  /** Only the aggregate statement(s) (those reading dashboard_rollup), replayed the same way. */
  apiAggregate: number[];
  /**
   * The hand-written aggregate over the rollup, in one open psql session with `\timing` (in-process on
   * PGlite), run in turns with the HTTP calls: same run, same load.
   */
  hand: number[];
  /** The hand SQL as a one-shot `psql -c` (new process and connection each time); PostgreSQL only. */
  handOneShot: number[] | null;
  /** Trend only: the unit's series without the count grid suppression needs (for reference). */
  handSeriesOnly: number[] | null;
  /** The hand-written aggregate over the raw response tables. */
  raw: number[];
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The periods of the three calls: the last 12 whole months (current included), and 24 for the trend. */
export function benchPeriods(): Omit<HandParams, 'm' | 'unit'> & { today: string } {
  const now = new Date();
  const month = (k: number) => iso(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + k, 1)));
  return { monthFrom: month(-11), monthTo: month(1), trendFrom: month(-23), today: iso(now) };
}

/** One HTTP call on loopback, body read; its wall time in ms. */
async function httpCall(server: DashboardServer, path: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(`${server.base}${path}`, { headers: server.headers });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  await res.arrayBuffer();
  return performance.now() - t;
}

/**
 * The HTTP call and the hand SQL in turns (which goes first alternates), after 3 warm-up rounds, so
 * both meet the same load: the ratio of the two is taken within one run, call by call.
 */
async function timeInterleaved(
  http: () => Promise<number>,
  hand: () => Promise<number>,
  runs: number,
): Promise<{ http: number[]; hand: number[] }> {
  const out = { http: [] as number[], hand: [] as number[] };
  for (let i = 0; i < runs + 3; i += 1) {
    let h: number;
    let q: number;
    if (i % 2 === 0) {
      h = await http();
      q = await hand();
    } else {
      q = await hand();
      h = await http();
    }
    if (i >= 3) {
      out.http.push(h);
      out.hand.push(q);
    }
  }
  return out;
}

/** PGlite has no psql: the same statements run in-process, one after another, per run the sum. */
async function timeInProcess(h: DatabaseHandle, statements: readonly CompiledQuery[], runs: number) {
  const times: number[] = [];
  for (let i = 0; i < runs + 2; i += 1) {
    const t = performance.now();
    for (const q of statements) await h.db.executeQuery(q);
    if (i >= 2) times.push(performance.now() - t);
  }
  return times;
}

/** The same statements in-process once: one round of the hand SQL on PGlite. */
async function onceInProcess(h: DatabaseHandle, statements: readonly CompiledQuery[]): Promise<number> {
  const t = performance.now();
  for (const q of statements) await h.db.executeQuery(q);
  return performance.now() - t;
}

/**
 * Times each call over HTTP against the server (its own process on PostgreSQL, see
 * `dashboard-server.ts`), in turns with the hand-written SQL, then replays the statements the call
 * sent and the hand SQL on their own (psql on PostgreSQL).
 */
export async function measureCalls(
  handle: DatabaseHandle,
  t: BenchTenant,
  runs: number,
  url: string | undefined,
  only: readonly string[] = [],
  inProcess = false,
): Promise<CallTimes[]> {
  const p = { ...benchPeriods(), m: t.municipalityId, unit: t.unitIds[0] ?? '' };
  const year = `from=${p.monthFrom}&to=${p.today}`;
  const all: Record<string, string> = {
    overview: `/dashboard/overview?${year}`,
    trend: `/dashboard/trend?from=${p.trendFrom}&to=${p.today}&unitId=${p.unit}&interval=month&item=index.coherence`,
    comparison: `/dashboard/comparison?${year}&level=units&item=index.coherence`,
    // With the language filter (issue 16): timed against the hand SQL of the same call unfiltered.
    'overview+lang': `/dashboard/overview?${year}&languages=ar,uk`,
    'trend+lang': `/dashboard/trend?from=${p.trendFrom}&to=${p.today}&unitId=${p.unit}&interval=month&item=index.coherence&excludeLanguages=da`,
    'comparison+lang': `/dashboard/comparison?${year}&level=units&item=index.coherence&statuses=reviewed`,
    languages: `/dashboard/answers-by-language?${year}`,
  };
  const calls = Object.fromEntries(
    Object.entries(all).filter(([call]) => only.length === 0 || only.includes(call)),
  );
  const hand = handQueries(p);
  const statements = await captureStatements(handle, t, calls);
  const out: CallTimes[] = [];
  const server = await startDashboardServer(handle, t, url, inProcess);
  console.warn(`server: ${server.mode}`);
  const session = url ? new PsqlSession(url) : undefined;
  try {
    for (const [call, path] of Object.entries(calls)) {
      // Filtered calls are compared with the hand SQL of their unfiltered call (the per-language
      // counts with the overview's): what the filter costs on top of it.
      const q = hand[call === 'languages' ? 'overview' : (call.split('+')[0] ?? call)];
      if (!q) continue;
      const handRound = session
        ? () => session.time(q.rollup)
        : () =>
            onceInProcess(
              handle,
              q.rollup.map((s) => CompiledQuery.raw(s)),
            );
      const cpuBefore = server.cpu();
      const turns = await timeInterleaved(() => httpCall(server, path), handRound, runs);
      const cpuAfter = server.cpu();
      const serverCpu =
        cpuBefore === null || cpuAfter === null ? null : ((cpuAfter - cpuBefore) * 1000) / (runs + 3);
      const http = turns.http;
      const sent = statements.get(call) ?? [];
      const aggregates = sent.filter((s) => s.sql.includes('dashboard_rollup'));
      const text = (list: readonly CompiledQuery[]) => list.map((s) => inlineParams(s.sql, s.parameters));
      const row: CallTimes = url
        ? {
            call,
            http,
            serverCpu,
            apiAll: await psqlTimes(url, text(sent), runs),
            apiAggregate: await psqlTimes(url, text(aggregates), runs),
            hand: turns.hand,
            handOneShot: await psqlOneShot(url, q.rollup.join(';\n'), Math.min(runs, 10)),
            handSeriesOnly: q.seriesOnly ? await psqlTimes(url, q.seriesOnly, runs) : null,
            raw: await psqlTimes(url, q.raw, 3),
          }
        : {
            call,
            http,
            serverCpu,
            apiAll: await timeInProcess(handle, sent, runs),
            apiAggregate: await timeInProcess(handle, aggregates, runs),
            hand: turns.hand,
            handOneShot: null,
            handSeriesOnly: q.seriesOnly
              ? await timeInProcess(handle, [CompiledQuery.raw(q.seriesOnly)], runs)
              : null,
            raw: await timeInProcess(handle, [CompiledQuery.raw(q.raw)], 3),
          };
      out.push(row);
      const cpu = serverCpu === null ? '' : ` · server CPU ${serverCpu.toFixed(1)} ms/call`;
      console.warn(`${call}: http p95 ${percentile(http, 95).toFixed(1)} · ${sent.length} statements${cpu}`);
    }
  } finally {
    session?.close();
    await server.stop();
  }
  return out;
}
