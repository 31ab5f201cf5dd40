import type { Kysely } from 'kysely';
import type { ReportOptions } from '../../../shared/api/eventlog.ts';
import {
  type AnalysisFilters,
  HandoverAnalysis,
  type HandoverReport,
} from '../../../shared/eventlog/index.ts';
import type { Tenant } from '../../auth/context.ts';
import type { Database } from '../../db/types.ts';
import { cachedReport } from './report-cache.ts';
import { storedBatches } from './stored-batches.ts';

const DAY_MS = 86_400_000;
const BUILT_IN = new Set(['resource', 'group', 'org:resource', 'org:group', 'activity', 'concept:name']);

/** Analysis filters from the query: dates are whole UTC days, `to` inclusive; `key=value` pairs. */
export function toFilters(options: ReportOptions): AnalysisFilters {
  const filters: AnalysisFilters = { minVariantFrequency: options.minVariant };
  if (options.from || options.to) {
    filters.period = {
      ...(options.from ? { from: Date.parse(`${options.from}T00:00:00Z`) } : {}),
      ...(options.to ? { to: Date.parse(`${options.to}T00:00:00Z`) + DAY_MS } : {}),
    };
  }
  const attrs: Record<string, string[]> = {};
  for (const pair of options.filter) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    const key = pair.slice(0, at);
    attrs[key] = [...(attrs[key] ?? []), pair.slice(at + 1)];
  }
  if (Object.keys(attrs).length) filters.caseAttributes = attrs;
  return filters;
}

/**
 * The handover report of a stored log, computed with shared/eventlog from the events streamed out
 * of the database in bounded pages (one pass; nothing is precomputed at import, so every actor key
 * and filter is available) and cached per log and options. It lists the {@link REPORT_LIMITS}
 * most frequent variants unless `allVariants` (the variants export): with long cases that are all
 * distinct, the complete list is as large as the log itself.
 */
export function logReport(
  db: Kysely<Database>,
  tenant: Tenant,
  logId: string,
  options: ReportOptions,
  { allVariants = false }: { allVariants?: boolean } = {},
): Promise<HandoverReport> {
  const key = JSON.stringify([
    options.by,
    options.from,
    options.to,
    [...options.filter].sort(),
    options.minVariant,
    allVariants,
  ]);
  return cachedReport(logId, key, async () => {
    const analysis = new HandoverAnalysis({
      by: options.by,
      filters: toFilters(options),
      ...(allVariants ? {} : { maxVariants: REPORT_LIMITS.variants }),
    });
    for await (const batch of storedBatches(db, tenant, logId, !BUILT_IN.has(options.by)))
      analysis.addBatch(batch);
    return analysis.finish();
  });
}

/** Limits on what the report endpoint sends; exports send everything. */
export const REPORT_LIMITS = {
  pairs: 5000,
  variants: 300,
  workingTogether: 1000,
  activityEdges: 2000,
} as const;

/** The report cut to {@link REPORT_LIMITS} (lists are sorted by count, so the head is what matters). */
export function trimReport(report: HandoverReport): HandoverReport {
  return {
    ...report,
    handovers: report.handovers.slice(0, REPORT_LIMITS.pairs),
    selfHandovers: report.selfHandovers.slice(0, REPORT_LIMITS.pairs),
    workingTogether: report.workingTogether.slice(0, REPORT_LIMITS.workingTogether),
    variants: report.variants.slice(0, REPORT_LIMITS.variants),
    activityGraph: {
      ...report.activityGraph,
      edges: report.activityGraph.edges.slice(0, REPORT_LIMITS.activityEdges),
    },
  };
}
