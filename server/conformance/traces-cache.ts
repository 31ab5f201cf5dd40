import type { MappedTraces } from '../../shared/eventlog/conformance/index.ts';

/**
 * Mapped traces by log, journey version and mapping time, most recently used last. A stored log and a
 * journey version never change and a new mapping has a new time, so an entry stays true; the promise
 * is cached so the report, the charts and the joint view share one pass over the events.
 */
const cache = new Map<string, Promise<MappedTraces>>();
const MAX_ENTRIES = 8;

/** The cached traces for `key`, computing them with `compute` when absent. */
export function cachedTraces(key: string, compute: () => Promise<MappedTraces>): Promise<MappedTraces> {
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const pending = compute();
  cache.set(key, pending);
  pending.catch(() => cache.delete(key));
  while (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return pending;
}
