import { useId, useMemo } from 'react';
import { useEChart } from '../charts/useEChart.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { intlLocale, type Translate } from '../i18n/translate.ts';
import type { GoalsView } from './api.ts';
import { type Goal, goalChartHeight, goalChartOption } from './goal-chart.ts';
import { describeGoal } from './goal-describe.ts';
import { goalLabel } from './goal-format.ts';

/**
 * A small chart of one goal before, during and after the programme, participants beside comparison
 * units. The drawing is an image named by its title and described in words below it; the table next
 * to it is the full alternative. Hidden (small-group) and missing figures are left out, not drawn as 0.
 */
export function GoalChart({
  goal,
  view,
  t: reportT,
  tag: reportTag,
  renderer = 'canvas',
}: {
  goal: Goal;
  view: Pick<GoalsView, 'minGroupSize' | 'pulseMinGroupSize'>;
  /** The report's own language, when it differs from the UI's (as GoalsTable takes it). */
  t?: Translate;
  tag?: string;
  /** `svg` for the effect report: prints sharply and is kept in the downloaded HTML file. */
  renderer?: 'canvas' | 'svg';
}) {
  const ui = useI18n();
  const t = reportT ?? ui.t;
  const tag = reportTag ?? intlLocale(ui.locale);
  const id = useId();
  const option = useMemo(() => goalChartOption(goal, t, tag), [goal, t, tag]);
  const { box, ready } = useEChart(option, renderer);
  return (
    <figure className="goal-chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="goal-chart-title">
        {t('dialog.goals.chart.title', { goal: goalLabel(t, goal.goal) })}
      </figcaption>
      <div
        ref={box}
        className="goal-chart-canvas"
        style={{ height: goalChartHeight(goal) }}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      />
      {!ready && <p className="note">{t('dialog.goals.chart.loading')}</p>}
      <p id={`${id}-desc`} className="goal-chart-desc">
        {describeGoal(t, tag, goal, view)}
      </p>
    </figure>
  );
}
