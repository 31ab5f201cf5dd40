/**
 * The fixed vocabularies of the complaints and conflicts register. Values are stored as these keys; the
 * UI and the import translate them. Service areas are a default list the municipality can edit (rename,
 * hide, add its own), so they live in the database and only their defaults are listed here.
 */

/** Default service areas (forvaltningsområder), in the order of the "Bedre Borgerdialog" brief. */
export const DEFAULT_AREAS = [
  'handicap',
  'social',
  'family',
  'jobcenter',
  'technical',
  'elderly',
  'health',
  'citizen_service',
  'schools_daycare',
] as const;
export type DefaultArea = (typeof DEFAULT_AREAS)[number];

/** Whether the record is a formal complaint or a conflict episode (e.g. a heated meeting). */
export const COMPLAINT_KINDS = ['complaint', 'conflict'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];

/** How the complaint reached the municipality. */
export const CHANNELS = [
  'letter',
  'email',
  'digital_post',
  'phone',
  'in_person',
  'web_form',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * What about the process the citizen was unhappy with. Studies of complaints find the process, more
 * often than the decision, is the cause; these five are the process reasons the brief names.
 */
export const PROCESS_REASONS = ['waiting', 'information', 'treatment', 'language', 'not_involved'] as const;
export type ProcessReason = (typeof PROCESS_REASONS)[number];

/** 1 = low, 2 = medium, 3 = high. */
export const SEVERITIES = [1, 2, 3] as const;
export type Severity = (typeof SEVERITIES)[number];

/** How the complaint ended; `open` while it has no answer yet, `unknown` when answered but not recorded. */
export const OUTCOMES = [
  'open',
  'resolved_in_dialog',
  'upheld',
  'partly_upheld',
  'not_upheld',
  'withdrawn',
  'forwarded',
  'unknown',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Longest free-text description kept. */
export const MAX_DESCRIPTION_LENGTH = 2000;

/** True when `value` is one of `options`; narrows the type. */
export function isOneOf<T extends string | number>(options: readonly T[], value: unknown): value is T {
  return (options as readonly unknown[]).includes(value);
}
