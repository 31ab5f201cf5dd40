import { COHERENCE } from './coherence.ts';
import { PSYCHCOST } from './psychcost.ts';
import { SATISFACTION } from './satisfaction.ts';
import { SCALES } from './scales.ts';
import type { IndicatorItem, IndicatorSet, IndicatorSetKey, Scale, ScaleId } from './types.ts';

/** The built-in indicator library, in the order a survey shows it. */
export const BUILTIN_SETS: readonly IndicatorSet[] = [COHERENCE, PSYCHCOST, SATISFACTION];

/** Looks up a built-in set by key. */
export function getIndicatorSet(key: IndicatorSetKey): IndicatorSet {
  const set = BUILTIN_SETS.find((s) => s.key === key);
  if (!set) throw new Error(`Unknown indicator set: ${key}`);
  return set;
}

/**
 * The scale a set is answered on. A survey may override the declared scale (e.g. a Norwegian
 * municipality using the 1–6 scale for `coherence`); the satisfaction item always keeps its own scale,
 * because the BTU scale is what makes it comparable across municipalities.
 */
export function scaleForSet(set: IndicatorSet, override?: ScaleId): Scale {
  if (override && set.scaleId !== 'satisfaction5' && override !== 'satisfaction5') return SCALES[override];
  return SCALES[set.scaleId];
}

/**
 * Default agreement scale by the municipality's country (not the respondent's language): 1–6 in Norway,
 * 5-point elsewhere.
 */
export function defaultAgreementScale(country: 'DK' | 'NO'): ScaleId {
  return country === 'NO' ? 'agree6' : 'agree5';
}

/** Global item id `set.item`, unique across the library; used to store answers. */
export function itemId(set: IndicatorSet, item: IndicatorItem): string {
  return `${set.key}.${item.key}`;
}

/** Finds a built-in item by its global id (`coherence.language`). */
export function findItem(id: string): { set: IndicatorSet; item: IndicatorItem } | undefined {
  for (const set of BUILTIN_SETS) {
    const item = set.items.find((i) => itemId(set, i) === id);
    if (item) return { set, item };
  }
  return undefined;
}

/** All global ids of built-in items; local questions may not reuse them. */
export const BUILTIN_ITEM_IDS: ReadonlySet<string> = new Set(
  BUILTIN_SETS.flatMap((set) => set.items.map((item) => itemId(set, item))),
);
