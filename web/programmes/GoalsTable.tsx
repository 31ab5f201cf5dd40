import type { ReactNode } from 'react';
import type { Translate } from '../i18n/translate.ts';
import type { Cell, Change, GoalsView, Metric, PeriodKey } from './api.ts';
import { formatCell, formatVerdict, goalLabel, metricLabel } from './goal-format.ts';

const PERIODS: PeriodKey[] = ['before', 'during', 'after'];
const PERIOD_KEY = {
  before: 'dialog.goals.before',
  during: 'dialog.goals.during',
  after: 'dialog.goals.after',
} as const;

/**
 * The four goals side by side: one table per goal, a row per metric and group (participants, comparison),
 * columns before/during/after and the before→after verdict. Takes `t` so the report can use another
 * language than the UI. `aside` draws something next to each goal's table (the programme page's chart).
 */
export function GoalsTable({
  view,
  t,
  tag,
  headingLevel = 3,
  aside,
}: {
  view: GoalsView;
  t: Translate;
  tag: string;
  headingLevel?: 2 | 3;
  aside?: (goal: GoalsView['goals'][number]) => ReactNode;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const cells = (m: Metric, group: Record<PeriodKey, Cell>) =>
    PERIODS.map((p) => {
      const c = formatCell(t, tag, m.format, group[p]);
      return (
        <td key={p}>
          <span className="goal-cell">{c.value}</span>
          {c.detail && <span className="goal-ci">{c.detail}</span>}
        </td>
      );
    });
  const verdict = (change: Change | null) => {
    const v = formatVerdict(t, tag, change);
    return <td className={`verdict ${v.tone}`}>{v.text}</td>;
  };
  return (
    <>
      {view.goals.map((g) => (
        <section key={g.goal} aria-labelledby={`goal-${g.goal}`}>
          <Heading id={`goal-${g.goal}`}>{goalLabel(t, g.goal)}</Heading>
          <div className={aside ? 'goal-body' : undefined}>
            <div className="table-wrap">
              <table className="table goal-table">
                <caption className="visually-hidden">{goalLabel(t, g.goal)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('dialog.goals.metric')}</th>
                    <th scope="col">{t('dialog.goals.group')}</th>
                    {PERIODS.map((p) => (
                      <th scope="col" key={p}>
                        {t(PERIOD_KEY[p])}
                      </th>
                    ))}
                    <th scope="col">{t('dialog.goals.change')}</th>
                  </tr>
                </thead>
                <tbody>
                  {g.metrics.map((m) => [
                    <tr key={`${m.key}-p`}>
                      <th scope="row" rowSpan={m.comparison ? 2 : 1}>
                        {metricLabel(t, m)}
                      </th>
                      <td>{t('dialog.goals.participants')}</td>
                      {cells(m, m.participants)}
                      {verdict(m.change)}
                    </tr>,
                    m.comparison && (
                      <tr key={`${m.key}-c`}>
                        <td>{t('dialog.goals.comparison')}</td>
                        {cells(m, m.comparison)}
                        {verdict(m.comparisonChange)}
                      </tr>
                    ),
                  ])}
                </tbody>
              </table>
            </div>
            {aside?.(g)}
          </div>
        </section>
      ))}
      <p className="muted">{t('dialog.verdict.explain')}</p>
    </>
  );
}
