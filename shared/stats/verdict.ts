import type { Interval } from './summary.ts';

export type VerdictKey = 'too_few' | 'no_difference' | 'improved' | 'worsened';

/** A verdict is a dictionary key plus parameters; the UI turns it into prose in da/nb/en. */
export interface Verdict {
  key: VerdictKey;
  params: {
    nBefore: number;
    nAfter: number;
    minN: number;
    alpha: number;
    p: number | null;
    diff: number | null;
    ci: Interval | null;
    effect: number | null;
  };
}

export interface VerdictInput {
  nBefore: number;
  nAfter: number;
  /** p-value of the test used; null when no test was possible. */
  p: number | null;
  /** Signed change after − before, oriented so that positive is better. */
  diff: number | null;
  /** Confidence interval of `diff`, when the test gives one. */
  ci?: Interval | null;
  /** Effect size to show next to the verdict (e.g. rank-biserial r or Cohen's d). */
  effect?: number | null;
  /**
   * Direction of a second, independent measure (e.g. rank-biserial r next to a mean difference). When it
   * points the other way the data do not agree on a direction and the verdict is `no_difference`.
   */
  agreeingDirection?: number | null;
}

export const DEFAULT_VERDICT_MIN_N = 20;

/**
 * Before/after verdict that never overstates: `improved`/`worsened` need both groups at or above `minN`
 * answers AND p < alpha AND (if given) a CI that excludes 0 AND a consistent direction. Anything short of
 * that is `too_few` (not enough data to say) or `no_difference` (enough data, no detectable change —
 * which is not proof of no change; the UI should say so).
 */
export function verdict(input: VerdictInput, options: { minN?: number; alpha?: number } = {}): Verdict {
  const minN = options.minN ?? DEFAULT_VERDICT_MIN_N;
  const alpha = options.alpha ?? 0.05;
  const params = {
    nBefore: input.nBefore,
    nAfter: input.nAfter,
    minN,
    alpha,
    p: input.p,
    diff: input.diff,
    ci: input.ci ?? null,
    effect: input.effect ?? null,
  };
  if (input.nBefore < minN || input.nAfter < minN || input.p === null || input.diff === null) {
    return { key: 'too_few', params };
  }
  const ciExcludesZero = !input.ci || input.ci.lower > 0 || input.ci.upper < 0;
  const direction = Math.sign(input.diff);
  const agrees =
    input.agreeingDirection === undefined ||
    input.agreeingDirection === null ||
    Math.sign(input.agreeingDirection) === direction;
  if (!(input.p < alpha) || !ciExcludesZero || direction === 0 || !agrees)
    return { key: 'no_difference', params };
  return { key: direction > 0 ? 'improved' : 'worsened', params };
}
