import {
  BUILTIN_SETS,
  findItem,
  type IndicatorSet,
  itemId,
  type Locale,
  SCALES,
  type Scale,
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
export function itemScale(id: string): ItemScale {
  const found = findItem(id);
  return scaleValues(found ? scaleForSet(found.set) : SCALES.agree5, found?.item.reverse ?? false);
}

export interface ItemScale {
  values: number[];
  reverse: boolean;
  min: number;
  max: number;
}

/** The stored values of a scale ascending, and its range; a municipality's own question is never reversed. */
export function scaleValues(scale: Scale, reverse = false): ItemScale {
  const values = scale.points.map((p) => p.value).sort((a, b) => a - b);
  return { values, reverse, ...scaleRange(scale) };
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
