/**
 * HTTP load from wrk (Debian package `wrk`), a C client like pgbench: its own CPU per request is a small
 * fraction of a Node client's (~15 vs ~100 µs here), so the server and the database get the cores pgbench's
 * clients would leave them — the like-for-like side of "the app ÷ pgbench". Asynchronous, so that a server
 * in the benchmark's own process keeps its event loop while wrk runs.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface WrkResult {
  requests: number;
  perSecond: number;
  /** Latencies in ms, from wrk's own histogram. */
  p50: number;
  p99: number;
  max: number;
  /** Socket errors, timeouts and answers other than the expected status (for a survey POST a 303 = stored). */
  errors: number;
}

export interface WrkOptions {
  url: string;
  seconds: number;
  /** Keep-alive connections, on 2 threads (the machine's cores). */
  clients?: number;
  /** A form-encoded body makes the requests POSTs. */
  body?: string;
  headers?: Record<string, string>;
  expected?: number;
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

const lua = (o: WrkOptions) => `
${o.body === undefined ? '' : `wrk.method = "POST"\nwrk.body = ${JSON.stringify(o.body)}\nwrk.headers["Content-Type"] = "application/x-www-form-urlencoded"`}
${Object.entries(o.headers ?? {})
  .map(([k, v]) => `wrk.headers[${JSON.stringify(k)}] = ${JSON.stringify(v)}`)
  .join('\n')}
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) unexpected = 0 end
function response(status, headers, body)
  if status ~= ${o.expected ?? 200} then unexpected = unexpected + 1 end
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

export async function wrk(options: WrkOptions): Promise<WrkResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bb-wrk-'));
  try {
    const script = join(dir, 'load.lua');
    writeFileSync(script, lua(options));
    const { stdout } = await promisify(execFile)('wrk', [
      '-t2',
      `-c${options.clients ?? 50}`,
      `-d${options.seconds}s`,
      '--timeout',
      '10s',
      '-s',
      script,
      options.url,
    ]);
    const m = /RESULT (\d+) ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(stdout);
    if (!m) throw new Error(`wrk printed no result:\n${stdout}`);
    const [requests = 0, durationUs = 1, p50 = 0, p99 = 0, max = 0, errors = 0] = m.slice(1).map(Number);
    return {
      requests,
      perSecond: requests / (durationUs / 1e6),
      p50: p50 / 1000,
      p99: p99 / 1000,
      max: max / 1000,
      errors,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
