/**
 * The evaluation's designs and the two groups it compares. Kept apart from `report.ts` (which runs the
 * statistics) so the browser can label a report's groups without loading the statistical distributions.
 */
export type Design = 'before_after' | 'comparison';
export type Group = 'before' | 'after';

/** What the two groups are called in a design: before/after, or comparison/test. */
export function groupKeys(design: Design): Record<Group, 'before' | 'after' | 'comparison' | 'test'> {
  return design === 'comparison'
    ? { before: 'comparison', after: 'test' }
    : { before: 'before', after: 'after' };
}
