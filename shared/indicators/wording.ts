import type { IndicatorItem, Locale } from './types.ts';

/**
 * The text of an item in a locale, in singular ("mig", "min sag") or plural ("os", "vores sag") form.
 * Plural is for households answering together.
 */
export function wording(item: IndicatorItem, locale: Locale, plural = false): string {
  return (plural ? item.wording.plural : item.wording.singular)[locale];
}
