import type { Experience } from '../../shared/api/journeys.ts';
import {
  findItem,
  isPositive,
  orientedValue,
  type ScaleId,
  scaleForSet,
  scaleRange,
} from '../../shared/indicators/index.ts';
import type { AnswerCount } from './experience-repository.ts';

interface Acc {
  answers: number;
  positive: number;
  /** Sum of scores on 0…100. */
  scoreSum: number;
}

const asScaleId = (value: string | null): ScaleId | undefined =>
  value === 'agree5' || value === 'agree6' ? value : undefined;

/**
 * Indicator scores per touchpoint from answer counts. Touchpoints with fewer than `minGroupSize`
 * responses are listed as suppressed, without scores, so a small group cannot be singled out.
 * Reverse-keyed items are mirrored first, so higher is always better. Local questions are skipped.
 */
export function touchpointScores(
  counts: readonly AnswerCount[],
  responses: ReadonlyMap<string, number>,
  minGroupSize: number,
): Experience['touchpoints'] {
  const byTouchpoint = new Map<string, Map<string, Acc>>();
  for (const row of counts) {
    const found = findItem(row.itemId);
    if (!found) continue;
    const scale = scaleForSet(found.set, asScaleId(row.scaleId));
    const { min, max } = scaleRange(scale);
    const value = orientedValue(scale, row.value, found.item.reverse);
    const sets = byTouchpoint.get(row.touchpointId) ?? new Map<string, Acc>();
    const acc = sets.get(found.set.key) ?? { answers: 0, positive: 0, scoreSum: 0 };
    acc.answers += row.count;
    if (isPositive(scale, value)) acc.positive += row.count;
    acc.scoreSum += row.count * (max === min ? 0 : ((value - min) / (max - min)) * 100);
    sets.set(found.set.key, acc);
    byTouchpoint.set(row.touchpointId, sets);
  }
  return [...responses.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([touchpointId, count]) => {
      const suppressed = count < minGroupSize;
      const sets = suppressed ? new Map<string, Acc>() : (byTouchpoint.get(touchpointId) ?? new Map());
      const indicators = [...sets.entries()].map(([set, acc]) => ({
        set,
        answers: acc.answers,
        positiveShare: acc.answers === 0 ? 0 : acc.positive / acc.answers,
        score: acc.answers === 0 ? 0 : Math.round((acc.scoreSum / acc.answers) * 10) / 10,
      }));
      // The exact count of a small group is withheld too: "fewer than the minimum" is all the UI says.
      return { touchpointId, responses: suppressed ? 0 : count, suppressed, indicators };
    });
}
