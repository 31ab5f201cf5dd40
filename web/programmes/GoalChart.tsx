import { useId, useMemo } from 'react';
import { useEChart } from '../charts/useEChart.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { intlLocale } from '../i18n/translate.ts';
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
}: {
  goal: Goal;
  view: Pick<GoalsView, 'minGroupSize' | 'pulseMinGroupSize'>;
}) {
  const { t, locale } = useI18n();
  const tag = intlLocale(locale);
  const id = useId();
  const option = useMemo(() => goalChartOption(goal, t, tag), [goal, t, tag]);
  const { box, ready } = useEChart(option);
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
