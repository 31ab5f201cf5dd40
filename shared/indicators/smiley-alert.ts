import { isUnhappy, type SmileyFace } from './smiley.ts';

export interface SmileyPress {
  face: SmileyFace;
  /** Milliseconds since the epoch. */
  at: number;
}

/** Fire when, within `windowMinutes`, there are at least `minPresses` presses and the unhappy share is ≥ `unhappyShare`. */
export interface SmileyAlertRule {
  windowMinutes: number;
  minPresses: number;
  /** 0–1; both unhappy faces count. */
  unhappyShare: number;
}

export interface SmileyAlertResult {
  fires: boolean;
  /** The first window (earliest end) that fired; absent when the rule does not fire. */
  window?: { from: number; to: number; presses: number; unhappy: number };
}

/** The presses of one moment counted together (the database stores presses to the minute). */
export interface SmileyPressCount {
  /** Milliseconds since the epoch. */
  at: number;
  presses: number;
  unhappy: number;
}

/** Evaluates an alert rule over single presses: each one a count of one (see `evaluateSmileyAlertCounts`). */
export function evaluateSmileyAlert(
  presses: readonly SmileyPress[],
  rule: SmileyAlertRule,
  options: { now?: number } = {},
): SmileyAlertResult {
  const counts = presses.map((p) => ({ at: p.at, presses: 1, unhappy: isUnhappy(p.face) ? 1 : 0 }));
  return evaluateSmileyAlertCounts(counts, rule, options);
}

/**
 * Evaluates an alert rule over a sliding window. Every count is taken as the end of a window
 * `(at − windowMinutes, at]` and the rule is checked on the presses inside it. Windows that end at a
 * press are the only ones that matter: moving a window's end forward without adding a press only drops
 * presses. With `now`, only the window ending at `now` is checked (live terminal use). Presses counted
 * together (one minute's) enter a window together.
 * Runs in O(n log n) for sorting plus O(n) for the two-pointer sweep.
 */
export function evaluateSmileyAlertCounts(
  counts: readonly SmileyPressCount[],
  rule: SmileyAlertRule,
  options: { now?: number } = {},
): SmileyAlertResult {
  if (rule.windowMinutes <= 0 || rule.minPresses < 1 || rule.unhappyShare < 0 || rule.unhappyShare > 1) {
    throw new RangeError('Invalid smiley alert rule');
  }
  const width = rule.windowMinutes * 60_000;
  const sorted = [...counts].sort((a, b) => a.at - b.at);
  const check = (from: number, to: number, count: number, unhappy: number): SmileyAlertResult | undefined =>
    count >= rule.minPresses && unhappy >= rule.unhappyShare * count
      ? { fires: true, window: { from, to, presses: count, unhappy } }
      : undefined;

  const { now } = options;
  if (now !== undefined) {
    const inside = sorted.filter((p) => p.at > now - width && p.at <= now);
    const sum = (key: 'presses' | 'unhappy') => inside.reduce((n, p) => n + p[key], 0);
    return check(now - width, now, sum('presses'), sum('unhappy')) ?? { fires: false };
  }

  let start = 0;
  let presses = 0;
  let unhappy = 0;
  for (const last of sorted) {
    presses += last.presses;
    unhappy += last.unhappy;
    // Drop counts that fell out of the window (at or before last.at − width).
    for (let first = sorted[start]; first && first.at <= last.at - width; first = sorted[start]) {
      presses -= first.presses;
      unhappy -= first.unhappy;
      start += 1;
    }
    const hit = check(last.at - width, last.at, presses, unhappy);
    if (hit) return hit;
  }
  return { fires: false };
}
