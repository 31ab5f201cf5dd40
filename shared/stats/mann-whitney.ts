import { zTwoSidedP } from './dists.ts';

export interface MannWhitneyResult {
  nBefore: number;
  nAfter: number;
  /** U of the after group: pairs where after > before, ties counting ½ (R's W for `wilcox.test(after, before)`). */
  u: number;
  z: number;
  p: number;
  /**
   * Rank-biserial correlation r = 2U/(n₁n₂) − 1 = P(after > before) − P(after < before), from −1 to 1;
   * positive means answers moved up.
   */
  rankBiserial: number;
}

/**
 * Mann–Whitney U test from answer counts per category, for ordinal data such as Likert answers.
 * `before[i]` and `after[i]` count answers in the i-th category, categories in ascending order.
 *
 * Uses the normal approximation with tie correction and continuity correction, i.e. R's
 * `wilcox.test(after, before, exact = FALSE, correct = TRUE)` and scipy's
 * `mannwhitneyu(after, before, method='asymptotic', use_continuity=True)`. That is also what both do by
 * default here: answers on a 5-point scale are tied as soon as a group has more than five, and with
 * ties neither R nor scipy uses the exact distribution. Tie correction:
 *   Var(U) = n₁n₂/12 · ((N + 1) − Σ(t³ − t) / (N(N − 1))),
 * continuity correction: z = sign(d) · max(|d| − ½, 0) / √Var(U) with d = U − n₁n₂/2.
 * Returns null when a group is empty. When every answer is in one category the variance is 0: z = 0,
 * p = 1 (no evidence of a shift), and r = 0.
 */
export function mannWhitneyFromCounts(
  before: readonly number[],
  after: readonly number[],
): MannWhitneyResult | null {
  if (before.length !== after.length) throw new RangeError('before and after need the same categories');
  if ([...before, ...after].some((c) => c < 0 || !Number.isInteger(c)))
    throw new RangeError('counts must be integers ≥ 0');
  const n1 = before.reduce((s, c) => s + c, 0);
  const n2 = after.reduce((s, c) => s + c, 0);
  if (n1 === 0 || n2 === 0) return null;
  const total = n1 + n2;

  // Mid-ranks per category: all answers in a category share the average of the ranks they occupy.
  let rankSumAfter = 0;
  let tieTerm = 0;
  let below = 0;
  for (const [i, b] of before.entries()) {
    const t = b + (after[i] ?? 0);
    const midRank = below + (t + 1) / 2;
    rankSumAfter += (after[i] ?? 0) * midRank;
    tieTerm += t ** 3 - t;
    below += t;
  }
  const u = rankSumAfter - (n2 * (n2 + 1)) / 2;
  const variance = ((n1 * n2) / 12) * (total + 1 - tieTerm / (total * (total - 1)));
  const rankBiserial = (2 * u) / (n1 * n2) - 1;
  if (variance <= 0) return { nBefore: n1, nAfter: n2, u, z: 0, p: 1, rankBiserial };
  const d = u - (n1 * n2) / 2;
  const z = (Math.sign(d) * Math.max(Math.abs(d) - 0.5, 0)) / Math.sqrt(variance);
  return { nBefore: n1, nAfter: n2, u, z, p: zTwoSidedP(z), rankBiserial };
}
