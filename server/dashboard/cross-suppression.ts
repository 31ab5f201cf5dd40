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

/** Statuses as small integers inside the loop (fast, no string keys). */
const EMPTY = 0;
const SHOWN = 1;
const SUPPRESSED = 2;
const COMPLEMENTARY = 3;
const NAMES: readonly CellStatus[] = ['empty', 'shown', 'suppressed', 'complementary'];
const isSmall = (count: number, minN: number) => count > 0 && count < minN;

/** Step 1 of `shared/stats/suppression.ts`, unchanged: below the minimum is hidden. */
function primaryStatus(n: number, dk: number, minN: number): number {
  if (n === 0 && dk === 0) return EMPTY;
  if (n > 0 && n < minN) return SUPPRESSED;
  if (n === 0 && dk < minN) return SUPPRESSED;
  return SHOWN;
}

/** Cells by index (`n[i]`, `dk[i]`); equations by index; ties are broken by the lower index. */
export interface IndexedProblem {
  n: readonly number[];
  dk: readonly number[];
  equations: readonly { total: number; parts: readonly number[] }[];
}

/**
 * Small-group suppression over any set of additive equations between figures, not only one unit
 * tree: the tree in every layer (each period bucket, each channel), a unit's channels adding up to
 * all channels, its periods adding up to the whole. The rule of `shared/stats/suppression.ts` applies
 * to every equation: the pool (hidden parts + remainder) must hold nobody or at least `minN` valid
 * answers and respondents; while it does not, the shown part with the fewest answers is hidden as
 * `complementary` (ties by index). One rule is added for figures that sit in several equations: no
 * equation may have exactly one unknown (one hidden part, or a hidden total) and no remainder, since
 * it would give that figure exactly, and with it, through another equation, the small figure it was
 * hidden to protect; then the smallest shown part is hidden too ("at least two hidden cells per
 * line", as in tabular disclosure control). For one tree this never hides more than shared/stats.
 * Hiding one cell can break another equation it is part of, so the pass repeats until nothing
 * changes (it only ever hides, so it ends).
 */
export function suppressIndexed(p: IndexedProblem, minN: number): CellStatus[] {
  const status = p.n.map((n, i) => primaryStatus(n, p.dk[i] ?? 0, minN));
  let changed = true;
  while (changed) {
    changed = false;
    for (const e of p.equations) if (protect(e, p, status, minN)) changed = true;
  }
  return status.map((s) => NAMES[s] ?? 'empty');
}

/** Applies the rule to one equation; true if it hid something. */
function protect(
  e: IndexedProblem['equations'][number],
  p: IndexedProblem,
  status: number[],
  minN: number,
): boolean {
  const hidden = (i: number) => (status[i] ?? EMPTY) >= SUPPRESSED;
  const n = (i: number) => p.n[i] ?? 0;
  const dk = (i: number) => p.dk[i] ?? 0;
  let poolN = n(e.total);
  let poolDk = dk(e.total);
  let remainder = poolN + poolDk;
  // Unknowns of this equation: hidden parts, and the total if it is hidden.
  let unknowns = hidden(e.total) ? 1 : 0;
  for (const i of e.parts) {
    remainder -= n(i) + dk(i);
    if (hidden(i)) unknowns += 1;
    else {
      poolN -= n(i);
      poolDk -= dk(i);
    }
  }
  // One unknown and no remainder: the equation gives it exactly, however large it is.
  const unsafe = () =>
    isSmall(poolN, minN) || isSmall(poolN + poolDk, minN) || (unknowns === 1 && remainder === 0);
  let hid = false;
  while (unsafe()) {
    const needValid = isSmall(poolN, minN);
    let pick = -1;
    for (const i of e.parts) {
      if (status[i] !== SHOWN || (needValid ? n(i) === 0 : n(i) + dk(i) === 0)) continue;
      const better =
        pick < 0 ||
        n(i) - n(pick) < 0 ||
        (n(i) === n(pick) &&
          (n(i) + dk(i) < n(pick) + dk(pick) || (n(i) + dk(i) === n(pick) + dk(pick) && i < pick)));
      if (better) pick = i;
    }
    if (pick < 0) return hid; // Pool = the whole total, which step 1 already hides.
    status[pick] = COMPLEMENTARY;
    poolN += n(pick);
    poolDk += dk(pick);
    unknowns += 1;
    hid = true;
  }
  return hid;
}

/** The same by string keys (ties by key order), for callers and tests that name their cells. */
export function suppressAcross(
  cells: ReadonlyMap<string, Count>,
  equations: readonly Equation[],
  minN: number,
): Map<string, CellStatus> {
  const keys = [...new Set([...cells.keys(), ...equations.flatMap((e) => [e.total, ...e.parts])])].sort(
    (a, b) => a.localeCompare(b),
  );
  const index = new Map(keys.map((k, i) => [k, i]));
  const at = (k: string) => index.get(k) ?? -1;
  const result = suppressIndexed(
    {
      n: keys.map((k) => cells.get(k)?.n ?? 0),
      dk: keys.map((k) => cells.get(k)?.dontKnow ?? 0),
      equations: equations.map((e) => ({ total: at(e.total), parts: e.parts.map(at) })),
    },
    minN,
  );
  return new Map(keys.map((k, i) => [k, result[i] ?? 'empty']));
}
