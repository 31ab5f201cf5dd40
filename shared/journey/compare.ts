import type { Journey } from './journey.ts';
import { journeyMetrics, NUMERIC_METRICS, type NumericMetric } from './metrics.ts';

export interface MetricDelta {
  metric: NumericMetric;
  before: number;
  after: number;
  /** `after - before`; negative is fewer (e.g. handovers 11 → 6 gives -5). */
  delta: number;
}

/** Ids added, removed and changed between two versions of a collection. */
export interface CollectionDiff {
  added: string[];
  removed: string[];
  /** Ids present in both whose fields differ; `order` is listed when the item moved. */
  changed: { id: string; fields: string[] }[];
}

export interface JourneyComparison {
  metrics: MetricDelta[];
  /** Lowest emotion before and after (null when a journey has no emotions). */
  lowestEmotion: { before: number | null; after: number | null };
  steps: CollectionDiff;
  actors: CollectionDiff;
  stages: CollectionDiff;
}

function changedFields(before: object, after: object): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  // JSON text equality is enough: values are plain data that went through the same schema.
  return [...keys].filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key])).sort();
}

/**
 * Structural diff by id. An item counts as moved when its position among the items both versions
 * share differs, so inserting a new step does not mark every later step as moved.
 */
export function diffById<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
): CollectionDiff {
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterById = new Map(after.map((item) => [item.id, item]));
  const sharedBefore = before.filter((item) => afterById.has(item.id)).map((item) => item.id);
  const sharedAfter = after.filter((item) => beforeById.has(item.id)).map((item) => item.id);
  const rank = new Map(sharedBefore.map((id, index) => [id, index]));
  const changed: CollectionDiff['changed'] = [];
  sharedAfter.forEach((id, index) => {
    const old = beforeById.get(id);
    const current = afterById.get(id);
    if (!old || !current) return;
    const fields = changedFields(old, current);
    if (rank.get(id) !== index) fields.push('order');
    if (fields.length > 0) changed.push({ id, fields });
  });
  return {
    added: after.filter((item) => !beforeById.has(item.id)).map((item) => item.id),
    removed: before.filter((item) => !afterById.has(item.id)).map((item) => item.id),
    changed,
  };
}

/** Compares two journeys (as-is vs to-be, or two versions): metric deltas and a diff by id. */
export function compareJourneys(before: Journey, after: Journey): JourneyComparison {
  const a = journeyMetrics(before);
  const b = journeyMetrics(after);
  return {
    metrics: NUMERIC_METRICS.map((metric) => ({
      metric,
      before: a[metric],
      after: b[metric],
      delta: b[metric] - a[metric],
    })),
    lowestEmotion: { before: a.lowestEmotion?.value ?? null, after: b.lowestEmotion?.value ?? null },
    steps: diffById(before.steps, after.steps),
    actors: diffById(before.actors, after.actors),
    stages: diffById(before.stages, after.stages),
  };
}
