import {
  analyseContacts,
  findHotspots,
  type Journey,
  type JourneyMetrics,
  journeyMetrics,
  NUMERIC_METRICS,
} from '../../shared/journey/index.ts';

/** Metrics as stored with each version and mirrored on the journey row: shared's metrics + hotspots. */
export type StoredMetrics = JourneyMetrics & { hotspots: number };

/** Numeric keys the list can sort by, read from the stored metrics in SQL. */
export const METRIC_SORT_KEYS = [...NUMERIC_METRICS, 'hotspots'] as const;
export type MetricSortKey = (typeof METRIC_SORT_KEYS)[number];

/** Sort keys of the journey list: plain columns first, then the metrics. */
export const SORT_KEYS = ['title', 'status', 'updatedAt', ...METRIC_SORT_KEYS] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** True for sort keys that live inside the `metrics` JSON rather than in a column. */
export function isMetricSortKey(key: SortKey): key is MetricSortKey {
  return (METRIC_SORT_KEYS as readonly string[]).includes(key);
}

/** Computes the metrics stored with a version; contacts are analysed once for both analyses. */
export function storedMetrics(journey: Journey): StoredMetrics {
  const contacts = analyseContacts(journey);
  const metrics = journeyMetrics(journey, contacts);
  const hotspots = findHotspots(journey, {}, contacts).length;
  return { ...metrics, hotspots };
}
