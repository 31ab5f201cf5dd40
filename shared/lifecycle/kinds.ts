/**
 * The kinds of data with a retention period, their defaults and limits (days). Pure: the server uses
 * them to validate and to run the deletion job, the web app to show the limits beside each field.
 *
 * Defaults follow what municipalities use as a rule of thumb: complaints 5 years after receipt (a
 * common slettefrist for closed cases), answers and notes 2–3 years (long enough for a before/after
 * evaluation), free text shorter than scores, sessions a month after they expired.
 */
export const RETENTION_KINDS = [
  'survey_responses',
  'survey_free_text',
  'smiley_presses',
  'pulse_answers',
  'observations',
  'interviews',
  'eventlog',
  'eventlog_raw',
  'complaints',
  'audit_log',
  'sessions',
] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

export interface RetentionRule {
  defaultDays: number;
  minDays: number;
  maxDays: number;
  /** True when deleting this kind can keep its dashboard aggregates (rollup rows above the threshold). */
  aggregates: boolean;
  /** Which legal holds stop it. */
  holds: readonly ('survey' | 'journey' | 'eventlog')[];
}

const YEAR = 365;
const SURVEY_HOLDS = ['survey', 'journey'] as const;

export const RETENTION_RULES: Record<RetentionKind, RetentionRule> = {
  survey_responses: {
    defaultDays: 3 * YEAR,
    minDays: 30,
    maxDays: 10 * YEAR,
    aggregates: true,
    holds: SURVEY_HOLDS,
  },
  survey_free_text: {
    defaultDays: YEAR,
    minDays: 7,
    maxDays: 10 * YEAR,
    aggregates: false,
    holds: SURVEY_HOLDS,
  },
  smiley_presses: {
    defaultDays: 2 * YEAR,
    minDays: 30,
    maxDays: 10 * YEAR,
    aggregates: false,
    holds: SURVEY_HOLDS,
  },
  pulse_answers: {
    defaultDays: 2 * YEAR,
    minDays: 30,
    maxDays: 10 * YEAR,
    aggregates: false,
    holds: SURVEY_HOLDS,
  },
  observations: { defaultDays: 2 * YEAR, minDays: 30, maxDays: 10 * YEAR, aggregates: false, holds: [] },
  interviews: { defaultDays: 3 * YEAR, minDays: 30, maxDays: 10 * YEAR, aggregates: false, holds: [] },
  eventlog_raw: { defaultDays: YEAR, minDays: 7, maxDays: 10 * YEAR, aggregates: false, holds: ['eventlog'] },
  eventlog: {
    defaultDays: 5 * YEAR,
    minDays: 30,
    maxDays: 10 * YEAR,
    aggregates: false,
    holds: ['eventlog'],
  },
  complaints: { defaultDays: 5 * YEAR, minDays: YEAR, maxDays: 10 * YEAR, aggregates: false, holds: [] },
  audit_log: { defaultDays: 5 * YEAR, minDays: YEAR, maxDays: 10 * YEAR, aggregates: false, holds: [] },
  sessions: { defaultDays: 30, minDays: 1, maxDays: YEAR, aggregates: false, holds: [] },
};

/** Days before a deletion that admins are warned. */
export const WARNING_DAYS = 14;

/** The problem with a requested period, or null when it is allowed. Free text may not outlive its scores. */
export function retentionProblem(
  kind: RetentionKind,
  days: number,
  all: Partial<Record<RetentionKind, number>>,
): 'below_min' | 'above_max' | 'free_text_longer' | null {
  const rule = RETENTION_RULES[kind];
  if (!Number.isInteger(days) || days < rule.minDays) return 'below_min';
  if (days > rule.maxDays) return 'above_max';
  const scores = all.survey_responses;
  if (kind === 'survey_free_text' && scores !== undefined && days > scores) return 'free_text_longer';
  return null;
}

/** The moment before which rows of a kind are past their period. */
export function cutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 86_400_000);
}
