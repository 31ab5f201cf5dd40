import { localItemId, type SuccessCriterion } from '../api/improvement/criteria.ts';
import type { CriterionJudgement, CriterionReason } from './criteria.ts';
import type { ReportData } from './report.ts';

/** The before and after figures of one criterion's measure, or why there are none. */
interface Figures {
  label: string;
  before: number | null;
  after: number | null;
  nBefore: number | null;
  nAfter: number | null;
  missing: CriterionReason | null;
}

type Input = Pick<ReportData, 'items' | 'rates' | 'counts' | 'generatedAt'>;

function figures(r: Input, c: SuccessCriterion): Figures {
  const m = c.measure;
  if (m.kind === 'item' || m.kind === 'local') {
    // A local question's figures are an item of the report under `surveyId/questionId`.
    const id = m.kind === 'item' ? m.itemId : localItemId(m);
    const i = r.items.find((x) => x.itemId === id);
    if (!i) return { label: id, before: null, after: null, nBefore: null, nAfter: null, missing: 'no_value' };
    const base = { label: i.label, nBefore: i.nBefore, nAfter: i.nAfter };
    if (i.before === null || i.after === null)
      return { ...base, before: null, after: null, missing: 'suppressed' };
    if (i.verdict.key === 'too_few')
      return { ...base, before: i.before.mean, after: i.after.mean, missing: 'too_few' };
    return { ...base, before: i.before.mean, after: i.after.mean, missing: null };
  }
  if (m.kind === 'rate') {
    const x = r.rates.find((y) => y.category === m.category);
    if (!x)
      return {
        label: m.category,
        before: null,
        after: null,
        nBefore: null,
        nAfter: null,
        missing: 'no_value',
      };
    const missing = x.rateBefore === null || x.rateAfter === null ? 'no_observations' : null;
    return {
      label: x.label,
      before: x.rateBefore,
      after: x.rateAfter,
      nBefore: x.countBefore,
      nAfter: x.countAfter,
      missing,
    };
  }
  const n = r.counts.find((y) => y.label === m.label);
  const before = n?.before ?? null;
  const after = n?.after ?? null;
  return {
    label: m.label,
    before,
    after,
    nBefore: before,
    nAfter: after,
    missing: after === null ? 'no_value' : null,
  };
}

/** Whether the after figure reaches the target; null with a reason when it cannot be said. */
function reached(c: SuccessCriterion, f: Figures): boolean | CriterionReason {
  const { type, value } = c.target;
  const sign = c.direction === 'up' ? 1 : -1;
  if (f.after === null) return f.missing ?? 'no_value';
  if (type === 'absolute') return sign * (f.after - value) >= 0;
  if (f.before === null) return f.missing ?? 'no_value';
  const change = f.after - f.before;
  if (type === 'points') return sign * change >= value;
  if (f.before === 0) return 'zero_count';
  return (sign * change * 100) / Math.abs(f.before) >= value;
}

/**
 * Judges the structured success criteria fixed before the test: each names a measure, a direction, a
 * target (absolute, or a change in points or percent) and a date. A survey item is judged on its
 * (oriented) mean, but only when both groups are shown and large enough for a verdict; an observation
 * category on its rate per observed hour; a hand-entered count on its two numbers. A criterion not yet
 * reached before its date is "cannot be judged yet", not "not met". A before/after design without a
 * baseline has no before figure, so only absolute targets can be judged.
 */
export function judgeGoals(r: Input, criteria: readonly SuccessCriterion[]): CriterionJudgement[] {
  const today = r.generatedAt.slice(0, 10);
  return criteria.map((c) => {
    const f = figures(r, c);
    const base = {
      kind: 'goal' as const,
      label: f.label,
      nBefore: f.nBefore,
      nAfter: f.nAfter,
      goal: { ...c, before: f.before, after: f.after },
    };
    const missing = f.missing === 'too_few' || f.missing === 'suppressed' ? f.missing : null;
    const result = missing ?? reached(c, f);
    if (typeof result === 'string') return { ...base, status: 'cannot_judge', reason: result };
    if (!result && today < c.by) return { ...base, status: 'cannot_judge', reason: 'not_due' };
    return { ...base, status: result ? 'met' : 'not_met', reason: null };
  });
}
