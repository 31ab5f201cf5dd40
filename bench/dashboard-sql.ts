import { type ChildProcessWithoutNullStreams, execFile, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/** The literal values the hand-written queries need. */
export interface HandParams {
  m: string;
  unit: string;
  /** Overview/comparison period: the 12 whole months [monthFrom, monthTo), the current one included. */
  monthFrom: string;
  monthTo: string;
  /** Trend period: 24 whole months [trendFrom, monthTo). */
  trendFrom: string;
}

const COUNTS = 'sum(c1), sum(c2), sum(c3), sum(c4), sum(c5), sum(c6)';
const period = (p: HandParams, from: string) =>
  `grain = 'm' and channel = '*' and bucket >= '${from}' and bucket < '${p.monthTo}'`;
const raw = (p: HandParams, from: string) =>
  `r.municipality_id = '${p.m}' and r.submitted_hour >= '${from}' and r.submitted_hour < '${p.monthTo}'`;
const join =
  'survey_response r join survey_answer a on a.municipality_id = r.municipality_id and a.response_id = r.id';
const perRespondentIndex = (where: string) =>
  `select r.id, r.unit_id, r.submitted_hour, avg(a.value) as idx from ${join}
   where ${where} and a.item_id like 'coherence.%' group by r.id, r.unit_id, r.submitted_hour having count(a.value) >= 3`;

/**
 * The same aggregates the three dashboard calls need, hand-written: over the rollup (what the API reads;
 * a list of statements, timed as their sum) and over the raw response tables (what it would cost without
 * one). The trend's answer depends on two reads: the unit's series, and the count of every unit × month,
 * without which no trend point can be shown safely (small-group suppression across units and months);
 * `seriesOnly` is the series alone, for reference.
 */
export function handQueries(
  p: HandParams,
): Record<string, { rollup: string[]; raw: string; seriesOnly?: string }> {
  const trendSeries = `select date_trunc('month', bucket), sum(n), sum(sum), sum(sum_sq), sum(dont_know), ${COUNTS}
        from dashboard_rollup where municipality_id = '${p.m}' and unit_id = '${p.unit}' and item_id = 'index.coherence'
        and ${period(p, p.trendFrom)} group by 1`;
  return {
    overview: {
      rollup: [
        `select unit_id, item_id, sum(n), sum(sum), sum(sum_sq), sum(dont_know), ${COUNTS}
        from dashboard_rollup where municipality_id = '${p.m}' and ${period(p, p.monthFrom)} group by unit_id, item_id`,
      ],
      raw: `select r.unit_id, a.item_id, count(a.value), sum(a.value), sum(a.value * a.value), count(*) filter (where a.dont_know)
        from ${join} where ${raw(p, p.monthFrom)} group by r.unit_id, a.item_id`,
    },
    trend: {
      rollup: [
        trendSeries,
        `select unit_id, date_trunc('month', bucket), sum(n)
        from dashboard_rollup where municipality_id = '${p.m}' and item_id = 'index.coherence'
        and ${period(p, p.trendFrom)} group by 1, 2`,
      ],
      seriesOnly: trendSeries,
      raw: `select date_trunc('month', x.submitted_hour), count(*), sum(x.idx), sum(x.idx * x.idx)
        from (${perRespondentIndex(`${raw(p, p.trendFrom)} and r.unit_id = '${p.unit}'`)}) x group by 1`,
    },
    comparison: {
      rollup: [
        `select unit_id, sum(n), sum(sum), sum(sum_sq), sum(dont_know), ${COUNTS}
        from dashboard_rollup where municipality_id = '${p.m}' and item_id = 'index.coherence'
        and ${period(p, p.monthFrom)} group by unit_id`,
      ],
      raw: `select x.unit_id, count(*), sum(x.idx), sum(x.idx * x.idx)
        from (${perRespondentIndex(raw(p, p.monthFrom))}) x group by x.unit_id`,
    },
  };
}

/**
 * Runs a call's statements `runs` times in one psql session with `\timing` (query time only, after two
 * warm-up rounds); returns each round's total in ms. With one statement this is the classic timing.
 */
export async function psqlTimes(
  url: string,
  statements: string | readonly string[],
  runs: number,
): Promise<number[]> {
  const list = (typeof statements === 'string' ? [statements] : statements).map(
    (q) => `${q.trim().replace(/;\s*$/, '')};`,
  );
  const file = path.join(tmpdir(), `bb-dash-${process.pid}.sql`);
  writeFileSync(
    file,
    ['\\timing on', '\\o /dev/null', ...Array.from({ length: runs + 2 }, () => list).flat()].join('\n'),
  );
  const { stdout } = await promisify(execFile)('psql', ['-X', '-q', '-d', url, '-f', file], {
    maxBuffer: 1 << 24,
  });
  const times = [...stdout.matchAll(/Time: ([\d.]+) ms/g)].map((m) => Number(m[1]));
  const rounds: number[] = [];
  for (let i = 2 * list.length; i + list.length <= times.length; i += list.length) {
    rounds.push(times.slice(i, i + list.length).reduce((a, b) => a + b, 0));
  }
  return rounds;
}

/**
 * One psql process kept open (`\timing`, results to /dev/null): `time` runs statements in it and
 * answers the sum of their `Time:` lines, so the hand SQL can be timed in turns with the HTTP calls.
 */
export class PsqlSession {
  readonly #psql: ChildProcessWithoutNullStreams;
  #out = '';
  #waiting: (() => void) | undefined;
  #round = 0;

  constructor(url: string) {
    this.#psql = spawn('psql', ['-X', '-q', '-d', url]);
    this.#psql.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      this.#out += chunk;
      this.#waiting?.();
    });
    this.#psql.stdin.write('\\timing on\n\\o /dev/null\n');
  }

  /** Runs the statements one after another; the sum of their query times in ms. */
  async time(statements: readonly string[]): Promise<number> {
    this.#round += 1;
    const marker = `@@round ${this.#round}`;
    const text = statements.map((q) => `${q.trim().replace(/;\s*$/, '')};`).join('\n');
    const done = new Promise<void>((resolve) => {
      this.#waiting = () => {
        if (this.#out.includes(marker)) resolve();
      };
    });
    this.#psql.stdin.write(`${text}\n\\echo ${marker}\n`);
    await done;
    const [before = ''] = this.#out.split(marker);
    this.#out = '';
    const times = [...before.matchAll(/Time: ([\d.]+) ms/g)].map((m) => Number(m[1]));
    if (times.length !== statements.length) throw new Error(`psql: ${before}`);
    return times.reduce((a, b) => a + b, 0);
  }

  close(): void {
    this.#psql.stdin.end();
  }
}

/**
 * The statement "run directly with psql" the way a user runs it: `psql -c` as a new process each time,
 * wall time including start-up, connection and output. One warm-up run is dropped.
 */
export async function psqlOneShot(url: string, query: string, runs: number): Promise<number[]> {
  const q = query.trim();
  const times: number[] = [];
  for (let i = 0; i <= runs; i += 1) {
    const t = performance.now();
    await promisify(execFile)('psql', ['-X', '-q', '-d', url, '-o', '/dev/null', '-c', q], {
      maxBuffer: 1 << 24,
    });
    if (i > 0) times.push(performance.now() - t);
  }
  return times;
}

/** p-th percentile (nearest rank) of a list of times. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN
  );
}

/** A SQL literal for a bound parameter (strings, numbers, booleans, arrays of those, null). */
function literal(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    const items = v.map((x) => (x === null ? 'NULL' : `"${String(x).replace(/["\\]/g, (c) => `\\${c}`)}"`));
    return literal(`{${items.join(',')}}`);
  }
  if (v instanceof Date) return literal(v.toISOString());
  return `'${String(v).replace(/'/g, "''")}'`;
}

/**
 * A compiled statement with its parameters written in as literals, so psql can run exactly what the
 * API sent (the casts the query carries, e.g. `$1::uuid[]`, still apply to the literal).
 */
export function inlineParams(text: string, parameters: readonly unknown[]): string {
  return text.replace(/\$(\d+)\b/g, (_, k: string) => literal(parameters[Number(k) - 1]));
}
