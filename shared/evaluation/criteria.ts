import type { SuccessCriterion } from '../api/improvement/criteria.ts';
import { judgeGoals } from './goals.ts';
import type { ReportData } from './report.ts';

/** Whether a success criterion fixed before the test was met. */
export type CriterionStatus = 'met' | 'not_met' | 'cannot_judge';

/** Why a criterion cannot be judged; null when it can. */
export type CriterionReason =
  | 'no_period'
  | 'suppressed'
  | 'too_few'
  | 'no_observations'
  | 'zero_count'
  | 'not_tested'
  | 'no_value'
  | 'not_due';

export interface CriterionJudgement {
  /** Survey item ("answers improve"), observation category ("fewer per observed hour"), or hand count. */
  kind: 'item' | 'rate' | 'count' | 'goal';
  label: string;
  /** A structured criterion (kind 'goal') with the figures it was judged on. */
  goal?: SuccessCriterion & { before: number | null; after: number | null };
  status: CriterionStatus;
  reason: CriterionReason | null;
  nBefore: number | null;
  nAfter: number | null;
}

type Input = Pick<ReportData, 'items' | 'rates' | 'counts' | 'minN'> & {
  initiative: Pick<ReportData['initiative'], 'design' | 'baseline'> & { criteria?: SuccessCriterion[] };
  generatedAt?: string;
};

/**
 * Judges each measure chosen before the test (they are locked when the test starts, see
 * `startInitiative`) as its own success criterion. Items are met only when the report's own verdict says
 * "improved" (Holm-adjusted test AND interval); observation categories are problems, so they are met when
 * the rate ratio's 95 % interval lies wholly below 1. Hand-entered counts carry no direction and no
 * uncertainty, so they are never judged: the report shows the numbers and leaves the reading to people.
 * A before/after design without a baseline period can judge nothing. When the initiative has structured
 * criteria (migration 0026), those are judged instead, see `judgeGoals`.
 */
export function judgeCriteria(r: Input): CriterionJudgement[] {
  const structured = r.initiative.criteria ?? [];
  if (structured.length > 0)
    return judgeGoals({ ...r, generatedAt: r.generatedAt ?? new Date().toISOString() }, structured);
  const noPeriod = r.initiative.design === 'before_after' && r.initiative.baseline === null;
  const cannot = (reason: CriterionReason) => ({ status: 'cannot_judge' as const, reason });
  const items = r.items.map((i): CriterionJudgement => {
    const base = { kind: 'item' as const, label: i.label, nBefore: i.nBefore, nAfter: i.nAfter };
    if (noPeriod) return { ...base, ...cannot('no_period') };
    // Suppression (anonymity limit) is named before "too few" so the reader knows why no numbers are shown.
    if (i.before === null || i.after === null) return { ...base, ...cannot('suppressed') };
    if (i.verdict.key === 'too_few') return { ...base, ...cannot('too_few') };
    return { ...base, status: i.verdict.key === 'improved' ? 'met' : 'not_met', reason: null };
  });
  const rates = r.rates.map((x): CriterionJudgement => {
    const base = { kind: 'rate' as const, label: x.label, nBefore: x.countBefore, nAfter: x.countAfter };
    if (noPeriod) return { ...base, ...cannot('no_period') };
    if (x.rateBefore === null || x.rateAfter === null) return { ...base, ...cannot('no_observations') };
    if (x.ci === null) return { ...base, ...cannot('zero_count') };
    return { ...base, status: x.ci.upper < 1 ? 'met' : 'not_met', reason: null };
  });
  const counts = r.counts.map(
    (c): CriterionJudgement => ({
      kind: 'count',
      label: c.label,
      nBefore: c.before,
      nAfter: c.after,
      ...cannot(noPeriod ? 'no_period' : 'not_tested'),
    }),
  );
  return [...items, ...rates, ...counts];
}
