import type { Translate } from '../i18n/translate.ts';
import type { Cell, GoalsView, Metric, PeriodKey } from './api.ts';
import type { Goal } from './goal-chart.ts';
import { formatValue, metricLabel } from './goal-format.ts';

const PERIODS: PeriodKey[] = ['before', 'during', 'after'];
const PERIOD_KEY = {
  before: 'dialog.goals.before',
  during: 'dialog.goals.during',
  after: 'dialog.goals.after',
} as const;

/** The smallest group shown for a metric: the pulse has its own limit, the rest use the municipality's. */
export function minGroupFor(view: Pick<GoalsView, 'minGroupSize' | 'pulseMinGroupSize'>, m: Metric): number {
  return m.key.startsWith('pulse.') ? view.pulseMinGroupSize : view.minGroupSize;
}

/**
 * What a goal's chart shows, in words: every figure per metric, group and period, and why a bar is
 * missing (hidden because the group is small, or no data yet). It is the drawing's accessible
 * description; the table beside it holds the same figures with intervals and verdicts.
 */
export function describeGoal(
  t: Translate,
  tag: string,
  goal: Goal,
  view: Pick<GoalsView, 'minGroupSize' | 'pulseMinGroupSize'>,
): string {
  let gaps = false;
  const cellText = (m: Metric, c: Cell) => {
    if (c.suppressed) {
      gaps = true;
      return t('dialog.goals.chart.hidden', { min: minGroupFor(view, m), n: c.n });
    }
    if (c.value === null) {
      gaps = true;
      return t('dialog.goals.noData').toLocaleLowerCase(tag);
    }
    return formatValue(tag, m.format, c.value);
  };
  const group = (m: Metric, name: string, cells: Record<PeriodKey, Cell>) =>
    `${name}: ${PERIODS.map((p) => `${t(PERIOD_KEY[p]).toLocaleLowerCase(tag)} ${cellText(m, cells[p])}`).join(', ')}`;
  const sentences = goal.metrics.map((m) => {
    const groups = [group(m, t('dialog.goals.participants'), m.participants)];
    if (m.comparison) groups.push(group(m, t('dialog.goals.comparison'), m.comparison));
    return `${metricLabel(t, m)} – ${groups.join('; ')}.`;
  });
  if (gaps) sentences.push(t('dialog.goals.chart.gaps'));
  return sentences.join(' ');
}
