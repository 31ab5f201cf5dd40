import type { VerdictKey } from '../stats/index.ts';

/** The report's one-line conclusion over all measured items. */
export type HeadlineKey = VerdictKey | 'mixed' | 'nothing_measured';

/**
 * Combines item verdicts without overstating: "improved" only when at least one item improved and none
 * worsened; both directions at once is "mixed"; all items short of data is "too few". Items with enough
 * data but no detectable change never turn into an improvement by being outnumbered.
 */
export function headline(verdicts: readonly VerdictKey[]): HeadlineKey {
  if (verdicts.length === 0) return 'nothing_measured';
  const improved = verdicts.includes('improved');
  const worsened = verdicts.includes('worsened');
  if (improved && worsened) return 'mixed';
  if (improved) return 'improved';
  if (worsened) return 'worsened';
  if (verdicts.every((v) => v === 'too_few')) return 'too_few';
  return 'no_difference';
}
