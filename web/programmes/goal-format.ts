import { isPlainKey, type Translate } from '../i18n/translate.ts';
import type { Cell, Change, GoalsView, Metric } from './api.ts';

const fmt = (tag: string, v: number, digits: number) =>
  new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v);

/** A value in the metric's own format: mean with two decimals, share as %, rates with one decimal. */
export function formatValue(tag: string, format: Metric['format'], v: number): string {
  if (format === 'share')
    return new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }).format(v);
  if (format === 'count') return fmt(tag, v, 0);
  if (format === 'mean5') return fmt(tag, v, 2);
  return fmt(tag, v, 1);
}

/** The cell's text and its interval line, or why there is nothing to show. */
export function formatCell(
  t: Translate,
  tag: string,
  format: Metric['format'],
  cell: Cell,
): { value: string; detail: string } {
  if (cell.suppressed) return { value: t('dialog.goals.suppressed', { n: cell.n }), detail: '' };
  if (cell.value === null) return { value: t('dialog.goals.noData'), detail: '' };
  const value = formatValue(tag, format, cell.value);
  const ci = cell.ci
    ? `${formatValue(tag, format, cell.ci.lower)}–${formatValue(tag, format, cell.ci.upper)}`
    : '';
  const n = format === 'count' ? '' : t('dialog.goals.n', { n: cell.n });
  return { value, detail: [ci && `[${ci}]`, n].filter(Boolean).join(' ') };
}

/** The verdict as a sentence with its p-value; "no test" when none was possible. */
export function formatVerdict(
  t: Translate,
  tag: string,
  change: Change | null,
): { text: string; tone: string } {
  if (!change) return { text: t('dialog.verdict.none'), tone: '' };
  const { key, params } = change.verdict;
  const p =
    params.p === null
      ? 'p = –'
      : params.p < 0.001
        ? `p < ${fmt(tag, 0.001, 3)}`
        : `p = ${fmt(tag, params.p, 3)}`;
  if (key === 'improved') return { text: t('dialog.verdict.improved', { p }), tone: 'verdict-improved' };
  if (key === 'worsened') return { text: t('dialog.verdict.worsened', { p }), tone: 'verdict-worsened' };
  if (key === 'too_few') return { text: t('dialog.verdict.too_few', { minN: params.minN }), tone: '' };
  return { text: t('dialog.verdict.no_difference'), tone: '' };
}

/** A metric's name; complaint rates add their unit (per 1,000 contacts, or per month). */
export function metricLabel(t: Translate, m: Metric): string {
  const key = `dialog.goals.metric.${m.key}`;
  const name = isPlainKey(key) ? t(key) : m.key;
  if (m.format === 'per1000') return `${name} ${t('dialog.goals.unit.per1000')}`;
  if (m.format === 'perMonth') return `${name} ${t('dialog.goals.unit.perMonth')}`;
  return name;
}

const GOAL_KEY = {
  citizen: 'dialog.goals.goal.citizen',
  employee: 'dialog.goals.goal.employee',
  complaints: 'dialog.goals.goal.complaints',
  knowledge: 'dialog.goals.goal.knowledge',
} as const;

/** A goal's name, e.g. "Øget borgertilfredshed". */
export function goalLabel(t: Translate, goal: GoalsView['goals'][number]['goal']): string {
  return t(GOAL_KEY[goal]);
}
