/**
 * HTTP load from wrk (Debian package `wrk`), a C client like pgbench: its own CPU per request is a small
 * fraction of a Node client's (~15 vs ~100 µs here), so the server and the database get the cores pgbench's
 * clients would leave them — the like-for-like side of "the app ÷ pgbench".
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface WrkResult {
  requests: number;
  perSecond: number;
  /** Latencies in ms, from wrk's own histogram. */
  p50: number;
  p99: number;
  max: number;
  /** Socket errors, timeouts and answers other than the expected status (a 303 = stored). */
  errors: number;
}

export function hasWrk(): boolean {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'pipe' });
    return true;
  } catch (error) {
    // wrk --version prints its banner and exits 1.
    return (error as { status?: number }).status === 1;
  }
}

const lua = (body: string, expected: number) => `
wrk.method = "POST"
wrk.body = ${JSON.stringify(body)}
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) unexpected = 0 end
function response(status, headers, body)
  if status ~= ${expected} then unexpected = unexpected + 1 end
end
function done(summary, latency, requests)
  local e = summary.errors
  local u = 0
  for _, t in ipairs(threads) do u = u + t:get("unexpected") end
  io.write(string.format("RESULT %d %f %f %f %f %d\\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(99), latency.max,
    e.connect + e.read + e.write + e.timeout + u))
end
`;

/** `clients` keep-alive connections on 2 threads POST `body` to `url` for `seconds`; expects `expected` back. */
export function wrk(url: string, body: string, seconds: number, clients = 50, expected = 303): WrkResult {
  const dir = mkdtempSync(join(tmpdir(), 'bb-wrk-'));
  try {
    const script = join(dir, 'post.lua');
    writeFileSync(script, lua(body, expected));
    const out = execFileSync(
      'wrk',
      ['-t2', `-c${clients}`, `-d${seconds}s`, '--timeout', '10s', '-s', script, url],
      { encoding: 'utf8' },
    );
    const m = /RESULT (\d+) ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(out);
    if (!m) throw new Error(`wrk printed no result:\n${out}`);
    const [requests, durationUs, p50, p99, max, errors] = m.slice(1).map(Number) as number[];
    return {
      requests: requests ?? 0,
      perSecond: (requests ?? 0) / ((durationUs ?? 1) / 1e6),
      p50: (p50 ?? 0) / 1000,
      p99: (p99 ?? 0) / 1000,
      max: (max ?? 0) / 1000,
      errors: errors ?? 0,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
