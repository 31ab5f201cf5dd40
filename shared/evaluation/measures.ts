import {
  BUILTIN_SETS,
  findItem,
  type IndicatorSet,
  itemId,
  type Locale,
  SCALES,
  scaleForSet,
  scaleRange,
} from '../indicators/index.ts';

/** A survey item an initiative can be measured on. */
export interface MeasurableItem {
  id: string;
  set: IndicatorSet['key'];
  label: string;
}

/** Every built-in item with its wording in one language, for pickers and report tables. */
export function measurableItems(locale: Locale): MeasurableItem[] {
  return BUILTIN_SETS.flatMap((set) =>
    set.items.map((item) => ({ id: itemId(set, item), set: set.key, label: item.wording.singular[locale] })),
  );
}

/** The wording of an item; unknown (local) items show their id. */
export function itemLabel(id: string, locale: Locale): string {
  return findItem(id)?.item.wording.singular[locale] ?? id;
}

/**
 * The stored values of an item in ascending order and whether they must be mirrored so that higher is
 * better (reverse-keyed items such as "I felt stress"). Unknown items are read as the 5-point scale.
 */
export function itemScale(id: string): { values: number[]; reverse: boolean; min: number; max: number } {
  const found = findItem(id);
  const scale = found ? scaleForSet(found.set) : SCALES.agree5;
  const values = scale.points.map((p) => p.value).sort((a, b) => a - b);
  return { values, reverse: found?.item.reverse ?? false, ...scaleRange(scale) };
}

/**
 * Counts per category in ascending value order, from (value, count) rows, mirrored for reverse-keyed
 * items: after mirroring, the i-th count belongs to the i-th value and higher still means better.
 */
export function countsByValue(
  values: readonly number[],
  rows: readonly { value: number; count: number }[],
  reverse: boolean,
): number[] {
  const counts = values.map((v) => rows.filter((r) => r.value === v).reduce((s, r) => s + r.count, 0));
  return reverse ? counts.reverse() : counts;
}
