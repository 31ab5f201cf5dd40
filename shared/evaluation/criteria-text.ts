import { numberFormats } from '../format/number.ts';
import type { Locale } from '../indicators/types.ts';
import type { CriterionJudgement } from './criteria.ts';
import type { ReportData } from './report.ts';
import { formatNumber, reportCount, reportText } from './report-text.ts';
import { type SeasonalPeriod, seasonalDifferences } from './seasons.ts';

/** One criterion as the report prints it: what was to happen, the status, and why it cannot be judged. */
export function criterionLines(
  locale: Locale,
  c: CriterionJudgement,
  minN: number,
): { criterion: string; status: string; reason: string | null } {
  const dash = (v: number | null) => (v === null ? '–' : v);
  const criterion = c.goal
    ? goalLine(locale, c.label, c.goal)
    : reportText(locale, `criterion.${c.kind}`, {
        label: c.label,
        before: dash(c.nBefore),
        after: dash(c.nAfter),
      });
  const reason = c.reason
    ? reportText(locale, `reason.${c.reason}`, { nBefore: dash(c.nBefore), nAfter: dash(c.nAfter), minN })
    : null;
  return { criterion, status: reportText(locale, `status.${c.status}`), reason };
}

/** "Venten og kø: falder mindst 20 % senest 2026-06-30 (før 1,20, efter 0,85)". */
function goalLine(locale: Locale, label: string, g: NonNullable<CriterionJudgement['goal']>): string {
  const fig = (v: number | null) => (v === null ? '–' : formatNumber(locale, v, 2));
  const goal = reportText(locale, `goal.${g.direction}.${g.target.type}`, {
    value: numberFormats(locale).number(g.target.value),
  });
  return reportText(locale, 'criterion.goal', {
    label,
    goal,
    by: g.by,
    before: fig(g.before),
    after: fig(g.after),
  });
}

/** "3 success criteria: 1 met, 1 not met, 1 cannot be judged." with the count's plural form. */
export function criteriaSummary(locale: Locale, all: readonly CriterionJudgement[]): string {
  const n = (s: CriterionJudgement['status']) => all.filter((c) => c.status === s).length;
  return reportCount(locale, 'criteria', all.length, {
    met: n('met'),
    notMet: n('not_met'),
    cannot: n('cannot_judge'),
  });
}

/** The seasonal note's sentences, or none when the two periods fall in the same seasons and holidays. */
export function seasonSentences(
  locale: Locale,
  d: { onlyBefore: readonly SeasonalPeriod[]; onlyAfter: readonly SeasonalPeriod[] },
): string[] {
  const list = (ps: readonly SeasonalPeriod[]) => ps.map((p) => reportText(locale, `season.${p}`)).join(', ');
  if (d.onlyBefore.length === 0 && d.onlyAfter.length === 0) return [];
  return [
    reportText(locale, 'seasonNote'),
    ...(d.onlyBefore.length ? [reportText(locale, 'seasonOnlyBefore', { list: list(d.onlyBefore) })] : []),
    ...(d.onlyAfter.length ? [reportText(locale, 'seasonOnlyAfter', { list: list(d.onlyAfter) })] : []),
  ];
}

/** The report's seasonal note; a comparison design compares within one period, so it never has one. */
export function reportSeasonSentences(r: Pick<ReportData, 'locale' | 'initiative'>): string[] {
  const i = r.initiative;
  if (i.design !== 'before_after' || !i.baseline) return [];
  return seasonSentences(r.locale, seasonalDifferences(i.baseline, i.test));
}
