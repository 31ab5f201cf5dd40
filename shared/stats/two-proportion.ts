/**
 * The pooled two-proportion z statistic for `after` against `before` (R's `prop.test(correct = FALSE)`
 * uses the same pooled standard error; its X² is z²). Null when either group is empty or the pooled
 * share is 0 or 1 (no variance: nothing to test).
 */
export function twoProportionZ(
  before: { successes: number; n: number },
  after: { successes: number; n: number },
): number | null {
  if (before.n <= 0 || after.n <= 0) return null;
  const pooled = (before.successes + after.successes) / (before.n + after.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / before.n + 1 / after.n));
  if (se === 0) return null;
  return (after.successes / after.n - before.successes / before.n) / se;
}
