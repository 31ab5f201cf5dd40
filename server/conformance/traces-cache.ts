import {
  analyseTraces,
  type ConformancePlan,
  type ConformanceReport,
  type MappedTraces,
} from '../../shared/eventlog/conformance/index.ts';

/** The mapped traces of a log and, computed on first use, their conformance report. */
export interface MappedAnalysis {
  traces: MappedTraces;
  report: () => ConformanceReport;
}

/**
 * Mapped traces by log, journey version and mapping time, most recently used last. A stored log and a
 * journey version never change and a new mapping has a new time, so an entry stays true; the promise
 * is cached so the report, the charts and the joint view share one pass over the events, and the
 * report (token replay) is computed once for the conformance and the joint view.
 */
const cache = new Map<string, Promise<MappedAnalysis>>();
const MAX_ENTRIES = 8;

function withReport(traces: MappedTraces, plan: ConformancePlan): MappedAnalysis {
  let report: ConformanceReport | null = null;
  return {
    traces,
    report: () => {
      report ??= analyseTraces(traces, plan);
      return report;
    },
  };
}

/** The cached analysis for `key`, reading the traces with `compute` when absent. */
export function cachedAnalysis(
  key: string,
  plan: ConformancePlan,
  compute: () => Promise<MappedTraces>,
): Promise<MappedAnalysis> {
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const pending = compute().then((traces) => withReport(traces, plan));
  cache.set(key, pending);
  pending.catch(() => cache.delete(key));
  while (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return pending;
}
