import type { HandoverReport } from '../../../shared/eventlog/index.ts';

/**
 * Reports computed from stored logs, by log and options, most recently used last. A stored log
 * never changes, so entries stay valid until the log is deleted; the promise is cached so that
 * simultaneous requests (matrix, network, export) share one pass over the events.
 */
const cache = new Map<string, Promise<HandoverReport>>();
const MAX_ENTRIES = 24;

/** The cached report for `key`, computing it with `compute` when absent. */
export function cachedReport(
  logId: string,
  key: string,
  compute: () => Promise<HandoverReport>,
): Promise<HandoverReport> {
  const full = `${logId}|${key}`;
  const hit = cache.get(full);
  if (hit) {
    cache.delete(full);
    cache.set(full, hit);
    return hit;
  }
  const pending = compute();
  cache.set(full, pending);
  pending.catch(() => cache.delete(full));
  while (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return pending;
}

/** Drops every cached report of a log (after it is deleted). */
export function forgetReports(logId: string): void {
  for (const key of cache.keys()) if (key.startsWith(`${logId}|`)) cache.delete(key);
}
