import type { CellStatus } from '../../shared/stats/index.ts';

/** Valid answers and "ved ikke" answers behind one figure. */
export interface Count {
  n: number;
  dontKnow: number;
}

/**
 * `total` = Σ `parts` + a remainder nobody sees on its own (answers given to a parent unit directly).
 * Anyone who sees the total and some parts can compute the pool "hidden parts + remainder".
 */
export interface Equation {
  total: string;
  parts: readonly string[];
}

const ZERO: Count = { n: 0, dontKnow: 0 };
const isSmall = (count: number, minN: number) => count > 0 && count < minN;
const hidden = (s: CellStatus | undefined) => s === 'suppressed' || s === 'complementary';

/** Step 1 of `shared/stats/suppression.ts`, unchanged: below the minimum is hidden. */
function primaryStatus(c: Count, minN: number): CellStatus {
  if (c.n === 0 && c.dontKnow === 0) return 'empty';
  if (c.n > 0 && c.n < minN) return 'suppressed';
  if (c.n === 0 && c.dontKnow < minN) return 'suppressed';
  return 'shown';
}

/**
 * Small-group suppression over any set of additive equations between figures, not only one unit
 * tree: the tree in every layer (each period bucket, each channel), a unit's channels adding up to
 * all channels, its periods adding up to the whole. The rule of `shared/stats/suppression.ts` applies
 * to every equation: the pool (hidden parts + remainder) must hold nobody or at least `minN` valid
 * answers and respondents; while it does not, the shown part with the fewest answers is hidden as
 * `complementary` (ties by key). One rule is added for figures that sit in several equations: no
 * equation may have exactly one unknown (one hidden part, or a hidden total) and no remainder, since
 * it would give that figure exactly, and with it, through another equation, the small figure it was
 * hidden to protect; then the smallest shown part is hidden too ("at least two hidden cells per
 * line", as in tabular disclosure control). For one tree this never hides more than shared/stats.
 * Hiding one cell can break another equation it is part of, so the pass repeats until nothing
 * changes (it only ever hides, so it ends).
 */
export function suppressAcross(
  cells: ReadonlyMap<string, Count>,
  equations: readonly Equation[],
  minN: number,
): Map<string, CellStatus> {
  const status = new Map<string, CellStatus>();
  const get = (key: string) => cells.get(key) ?? ZERO;
  for (const [key, c] of cells) status.set(key, primaryStatus(c, minN));
  for (const e of equations) {
    if (!status.has(e.total)) status.set(e.total, primaryStatus(get(e.total), minN));
    for (const p of e.parts) if (!status.has(p)) status.set(p, primaryStatus(get(p), minN));
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const e of equations) if (protect(e, get, status, minN)) changed = true;
  }
  return status;
}

/** Applies the rule to one equation; true if it hid something. */
function protect(
  e: Equation,
  get: (key: string) => Count,
  status: Map<string, CellStatus>,
  minN: number,
): boolean {
  const total = get(e.total);
  let poolN = total.n;
  let poolDk = total.dontKnow;
  let remainder = total.n + total.dontKnow;
  // Unknowns of this equation: hidden parts, and the total if it is hidden.
  let unknowns = hidden(status.get(e.total)) ? 1 : 0;
  for (const p of e.parts) {
    const c = get(p);
    remainder -= c.n + c.dontKnow;
    if (hidden(status.get(p))) unknowns += 1;
    else {
      poolN -= c.n;
      poolDk -= c.dontKnow;
    }
  }
  // One unknown and no remainder: the equation gives it exactly, however large it is.
  const unsafe = () =>
    isSmall(poolN, minN) || isSmall(poolN + poolDk, minN) || (unknowns === 1 && remainder === 0);
  let hid = false;
  while (unsafe()) {
    const needValid = isSmall(poolN, minN);
    const candidates = e.parts
      .filter((p) => {
        const c = get(p);
        return status.get(p) === 'shown' && (needValid ? c.n > 0 : c.n + c.dontKnow > 0);
      })
      .sort((a, b) => {
        const x = get(a);
        const y = get(b);
        return x.n - y.n || x.n + x.dontKnow - (y.n + y.dontKnow) || a.localeCompare(b);
      });
    const pick = candidates[0];
    if (!pick) return hid; // Pool = the whole total, which step 1 already hides.
    status.set(pick, 'complementary');
    poolN += get(pick).n;
    poolDk += get(pick).dontKnow;
    unknowns += 1;
    hid = true;
  }
  return hid;
}
