/**
 * Holm's step-down adjustment for comparing many units at once (R's `p.adjust(p, "holm")`). Sort the
 * m p-values ascending; the i-th smallest (1-based) becomes max over j ≤ i of min(1, (m − j + 1)·p₍ⱼ₎).
 * Controls the family-wise error rate without assuming independence, and is never less powerful than
 * Bonferroni. Returns adjusted values in the input order.
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const adjusted = new Array<number>(m).fill(1);
  let running = 0;
  for (const [rank, { p, i }] of order.entries()) {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  }
  return adjusted;
}
