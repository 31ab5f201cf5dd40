import { zTwoSidedP } from '../../stats/dists.ts';
import { twoProportionZ } from '../../stats/two-proportion.ts';

/** Experience and wait of one touchpoint (a planned step) over the same period. */
export interface JointInput {
  stepId: string;
  /** Share of positive answers over the touchpoint's indicators; null when suppressed or no survey. */
  positiveShare: number | null;
  medianWaitMs: number | null;
}

/** A touchpoint's place in "poor experience and long wait together". */
export interface JointRank {
  stepId: string;
  /** (1 − positive share) × (median wait ÷ the longest median wait of the journey), 0…1. */
  score: number;
  /** Both at once: positive share under {@link POOR_SHARE} and wait at or above the journey's median wait. */
  both: boolean;
}

/** Below this positive share, experience counts as poor (the dashboard's "under 60 % positive"). */
export const POOR_SHARE = 0.6;

/**
 * Ranks the touchpoints that have both figures by the product of the experience shortfall
 * (1 − positive share) and the wait relative to the longest median wait of the journey. A product,
 * not a sum, so a step ranks high only when it is poor on both — the rule the issue asks for.
 * Touchpoints without a score (suppressed, no survey) or without a measured wait are left out.
 */
export function rankJoint(inputs: readonly JointInput[]): JointRank[] {
  const rows = inputs.filter(
    (i): i is JointInput & { positiveShare: number; medianWaitMs: number } =>
      i.positiveShare !== null && i.medianWaitMs !== null,
  );
  const waits = rows.map((r) => r.medianWaitMs).sort((a, b) => a - b);
  const longest = waits[waits.length - 1] ?? 0;
  const middle = waits.length ? (waits[Math.floor((waits.length - 1) / 2)] ?? 0) : 0;
  return rows
    .map((r) => ({
      stepId: r.stepId,
      score: Math.round((1 - r.positiveShare) * (longest > 0 ? r.medianWaitMs / longest : 0) * 1000) / 1000,
      both: r.positiveShare < POOR_SHARE && r.medianWaitMs >= middle,
    }))
    .sort((a, b) => b.score - a.score || a.stepId.localeCompare(b.stepId));
}

/** Counts of one touchpoint in one period: answers (positive of all) and the median wait before it. */
export interface PeriodFigures {
  answers: number;
  positive: number;
  waits: number;
  medianWaitMs: number | null;
}

/** The alert rule's thresholds. */
export interface JointAlertRule {
  /** One-sided significance level of the drop in positive share (two-proportion z-test). */
  alpha: number;
  /** Minimum answers in each period (the suppression threshold: no alert on a small group). */
  minAnswers: number;
  /** Minimum waits measured in each period. */
  minWaits: number;
  /** The median wait must rise by at least this share (0.1 = 10 %). */
  minWaitRise: number;
}

export const DEFAULT_JOINT_ALERT: JointAlertRule = {
  alpha: 0.05,
  minAnswers: 5,
  minWaits: 5,
  minWaitRise: 0.1,
};

/** The verdict, with the figures the alert text shows. */
export interface JointAlert {
  fires: boolean;
  previousShare: number | null;
  currentShare: number | null;
  p: number | null;
  previousWaitMs: number | null;
  currentWaitMs: number | null;
}

/**
 * "Experience at this touchpoint fell significantly while the waiting time before it rose": fires when
 * the positive share of the current period is lower than the previous period's with one-sided
 * p < alpha (pooled two-proportion z-test) AND the median wait before the step rose by at least
 * `minWaitRise`. Both periods need `minAnswers` answers and `minWaits` waits, else it stays silent.
 */
export function evaluateJointAlert(
  previous: PeriodFigures,
  current: PeriodFigures,
  rule: JointAlertRule = DEFAULT_JOINT_ALERT,
): JointAlert {
  const share = (f: PeriodFigures) => (f.answers > 0 ? f.positive / f.answers : null);
  const out: JointAlert = {
    fires: false,
    previousShare: share(previous),
    currentShare: share(current),
    p: null,
    previousWaitMs: previous.medianWaitMs,
    currentWaitMs: current.medianWaitMs,
  };
  if (previous.answers < rule.minAnswers || current.answers < rule.minAnswers) return out;
  const z = twoProportionZ(
    { successes: previous.positive, n: previous.answers },
    { successes: current.positive, n: current.answers },
  );
  if (z === null) return out;
  // One-sided: only a fall counts.
  out.p = z < 0 ? zTwoSidedP(z) / 2 : 1 - zTwoSidedP(z) / 2;
  const fell = z < 0 && out.p < rule.alpha;
  const w1 = previous.medianWaitMs;
  const w2 = current.medianWaitMs;
  const rose =
    previous.waits >= rule.minWaits &&
    current.waits >= rule.minWaits &&
    w1 !== null &&
    w2 !== null &&
    w2 >= w1 * (1 + rule.minWaitRise) &&
    w2 > w1;
  out.fires = fell && rose;
  return out;
}
