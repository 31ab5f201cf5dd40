import { addMonths, daysBetween } from './dates.ts';

/** The phases of a "Bedre Borgerdialog" programme, in their usual order. */
export const PHASE_KINDS = [
  'focus_group',
  'partnership_meeting',
  'kick_off',
  'training_day',
  'evaluation_day',
  'follow_up_meeting',
] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

export const ACTION_PLAN_STATUSES = ['planned', 'in_progress', 'followed_up'] as const;
export type ActionPlanStatus = (typeof ACTION_PLAN_STATUSES)[number];

/** The four goals of the programme, in the order the brief lists them. */
export const GOALS = ['citizen', 'employee', 'complaints', 'knowledge'] as const;
export type Goal = (typeof GOALS)[number];

export const PERIODS = ['before', 'during', 'after'] as const;
export type PeriodKey = (typeof PERIODS)[number];

export interface DateRange {
  from: string;
  to: string;
}

const dayBefore = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const dayAfter = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Before, during and after a programme: the baseline is the `baselineMonths` before the start, the
 * follow-up the `followUpMonths` after the end. Equal lengths make before/after counts comparable.
 */
export function programmePeriods(p: {
  startsOn: string;
  endsOn: string;
  baselineMonths: number;
  followUpMonths: number;
}): Record<PeriodKey, DateRange> {
  return {
    before: { from: addMonths(p.startsOn, -p.baselineMonths), to: dayBefore(p.startsOn) },
    during: { from: p.startsOn, to: p.endsOn },
    after: { from: dayAfter(p.endsOn), to: addMonths(p.endsOn, p.followUpMonths) },
  };
}

/** Length of a range in (average) months, the exposure for complaints per month. */
export function rangeMonths(range: DateRange): number {
  return (daysBetween(range.from, range.to) + 1) / 30.4375;
}
