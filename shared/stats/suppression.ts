/**
 * Small-group suppression for a tree of organisational units (municipality → area → team).
 *
 * Algorithm
 * 1. Primary suppression. A unit's figures are computed from its `n` valid answers; "don't know"
 *    answers are counted separately. A unit is
 *    - `empty` when nobody answered (n = 0 and dontKnow = 0): nothing to show, nothing to protect;
 *    - `suppressed` when 0 < n < minN, or when n = 0 and 0 < dontKnow < minN (its "don't know" share
 *      alone would describe fewer than minN people);
 *    - `shown` otherwise (n = 0 with dontKnow ≥ minN is shown: only its "don't know" share exists).
 * 2. Complementary suppression, once per parent. The parent's totals equal the sum of its children plus
 *    a remainder: answers given directly to the parent unit (parent − Σ children). Anyone who sees the
 *    parent and the shown children can compute the pool "hidden children + remainder" by subtraction.
 *    So in every parent the pool must hold either nobody or at least minN valid answers, and either
 *    nobody or at least minN respondents (valid + don't know). While it does not, the shown sibling with
 *    the fewest answers (that adds to the failing count; ties by id) is hidden as `complementary`.
 *    If no sibling is left, the pool is the whole parent, which is then itself below minN and hidden by
 *    step 1.
 *    The rule is applied whether or not the parent itself is shown, because a hidden parent can be
 *    recovered from its own parent and siblings. That also makes each parent's decision independent of
 *    every other (a unit's status never feeds back into its own children's equation), so one pass
 *    suffices.
 * This protects every single parent–children equation, which is the differencing a hierarchical
 * dashboard invites. It is a heuristic, not a full linear-programming audit across combined equations
 * (as τ-Argus does): subtracting equations of different levels from each other is not checked.
 */

export interface UnitCount {
  id: string;
  /** Valid answers (the base of means and shares). */
  n: number;
  /** "Don't know / not relevant" answers. */
  dontKnow?: number;
  children?: readonly UnitCount[];
}

export type CellStatus = 'shown' | 'empty' | 'suppressed' | 'complementary';

export const DEFAULT_MIN_N = 5;
export const MIN_N_RANGE = { min: 3, max: 20 } as const;

/** Decides for every unit in the tree whether its figures may be shown. */
export function suppressSmallCells(root: UnitCount, minN = DEFAULT_MIN_N): Record<string, CellStatus> {
  if (!Number.isInteger(minN) || minN < MIN_N_RANGE.min || minN > MIN_N_RANGE.max) {
    throw new RangeError(`minN must be an integer from ${MIN_N_RANGE.min} to ${MIN_N_RANGE.max}`);
  }
  const status: Record<string, CellStatus> = {};
  const visit = (unit: UnitCount): void => {
    if (Object.hasOwn(status, unit.id)) throw new RangeError(`duplicate unit id ${unit.id}`);
    status[unit.id] = primaryStatus(unit, minN);
    for (const child of unit.children ?? []) visit(child);
    complement(unit, status, minN);
  };
  visit(root);
  return status;
}

function primaryStatus(unit: UnitCount, minN: number): CellStatus {
  const dk = unit.dontKnow ?? 0;
  if (unit.n < 0 || dk < 0) throw new RangeError(`negative count in ${unit.id}`);
  if (unit.n === 0 && dk === 0) return 'empty';
  if (unit.n > 0 && unit.n < minN) return 'suppressed';
  if (unit.n === 0 && dk < minN) return 'suppressed';
  return 'shown';
}

const isSmall = (count: number, minN: number) => count > 0 && count < minN;

function complement(parent: UnitCount, status: Record<string, CellStatus>, minN: number): void {
  const children = parent.children ?? [];
  if (children.length === 0) return;
  const dk = (u: UnitCount) => u.dontKnow ?? 0;
  let poolN = parent.n - children.reduce((s, c) => s + c.n, 0);
  let poolDk = dk(parent) - children.reduce((s, c) => s + dk(c), 0);
  if (poolN < 0 || poolDk < 0) throw new RangeError(`children of ${parent.id} add up to more than the unit`);
  for (const c of children) {
    if (status[c.id] === 'suppressed') {
      poolN += c.n;
      poolDk += dk(c);
    }
  }
  while (isSmall(poolN, minN) || isSmall(poolN + poolDk, minN)) {
    const needValid = isSmall(poolN, minN);
    const candidates = children
      .filter((c) => status[c.id] === 'shown' && (needValid ? c.n > 0 : c.n + dk(c) > 0))
      .sort((a, b) => a.n - b.n || a.n + dk(a) - (b.n + dk(b)) || a.id.localeCompare(b.id));
    const pick = candidates[0];
    if (!pick) return; // Pool = whole parent, which step 1 already hides.
    status[pick.id] = 'complementary';
    poolN += pick.n;
    poolDk += dk(pick);
  }
}

/** True if a unit's figures may be shown. */
export function isShown(status: CellStatus): boolean {
  return status === 'shown';
}
