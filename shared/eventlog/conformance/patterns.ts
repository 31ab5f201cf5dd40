import { exactQuantile } from '../quantiles.ts';
import type { DeviationPattern } from './types.ts';

export type { DeviationPattern };

/** One variant (a sequence of step visits) while the cases are read. */
export interface VariantAcc {
  visits: number[];
  cases: number;
  durations: number[];
  fitness: number;
  firstCase: number;
  /** Waits before each visit position (empty for the first). */
  waits: number[][];
}

const med = (values: readonly number[]) => {
  const q = exactQuantile(values, 0.5);
  return q === null ? null : Math.round(q);
};

/**
 * The `top` most common deviating variants (fitness below 1), with what differs from the plan:
 * the steps skipped, those visited more than once, and the handovers that are not in the plan.
 * Their median extra duration is against the median duration of the conforming cases (of all
 * cases when none conforms), so "+3 days" reads as the price of the deviation.
 */
export function patternsOf(
  variants: ReadonlyMap<string, VariantAcc>,
  stepIds: readonly string[],
  caseIds: readonly string[],
  top: number,
  baseline: number | null,
): DeviationPattern[] {
  return [...variants.values()]
    .filter((v) => v.fitness < 1)
    .sort((a, b) => b.cases - a.cases || a.firstCase - b.firstCase)
    .slice(0, top)
    .map((v) => {
      const counts = new Map<number, number>();
      for (const k of v.visits) counts.set(k, (counts.get(k) ?? 0) + 1);
      const extra = new Map<string, [string, string]>();
      for (let i = 1; i < v.visits.length; i++) {
        const a = v.visits[i - 1] ?? 0;
        const b = v.visits[i] ?? 0;
        if (b !== a + 1) extra.set(`${a},${b}`, [stepIds[a] ?? '', stepIds[b] ?? '']);
      }
      const median = exactQuantile(v.durations, 0.5);
      return {
        steps: v.visits.map((k) => stepIds[k] ?? ''),
        cases: v.cases,
        medianExtraMs: median === null || baseline === null ? null : Math.round(median - baseline),
        fitness: Math.round(v.fitness * 1000) / 1000,
        skippedSteps: stepIds.filter((_, k) => !counts.has(k)),
        repeatedSteps: stepIds.filter((_, k) => (counts.get(k) ?? 0) > 1),
        extraHandovers: [...extra.values()],
        exampleCaseId: caseIds[v.firstCase] ?? '',
        medianWaitsMs: v.waits.map((w, i) => (i === 0 ? null : med(w))),
      };
    });
}
