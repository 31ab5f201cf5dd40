// Kept apart from shared/api/sso.ts (zod): the refusal page is part of the web app's shell.
/** Why a provider login was refused; the refusal page explains each. */
export const REFUSAL_REASONS = [
  'no_matching_rule',
  'inactive',
  'email_taken',
  'failed',
  'unavailable',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];
