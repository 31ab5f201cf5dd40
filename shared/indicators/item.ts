import type { IndicatorItem } from './types.ts';

type Pair = readonly [singular: string, plural: string];

/** Builds a locked built-in item from singular/plural pairs per locale. */
export function builtinItem(
  key: string,
  texts: { da: Pair; nb: Pair; en: Pair },
  reverse = false,
): IndicatorItem {
  return {
    key,
    reverse,
    locked: true,
    wording: {
      singular: { da: texts.da[0], nb: texts.nb[0], en: texts.en[0] },
      plural: { da: texts.da[1], nb: texts.nb[1], en: texts.en[1] },
    },
  };
}
