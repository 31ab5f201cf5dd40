import { METRIC_SORT_KEYS, type MetricSortKey, type SortKey } from '../../shared/api/journeys.ts';
import {
  analyseContacts,
  findHotspots,
  type Journey,
  type JourneyMetrics,
  journeyMetrics,
} from '../../shared/journey/index.ts';

export { METRIC_SORT_KEYS, type MetricSortKey, SORT_KEYS, type SortKey } from '../../shared/api/journeys.ts';

/** Metrics as stored with each version and mirrored on the journey row: shared's metrics + hotspots. */
export type StoredMetrics = JourneyMetrics & { hotspots: number };

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
