/**
 * Error codes of the HTTP API, the one list: `errors.ts` gives each a message in every language (a type
 * error when one is missing), and the web app checks answers against it without loading those messages.
 */
export const ERROR_CODES = [
  'validation_failed',
  'malformed_json',
  'invalid_credentials',
  'account_locked',
  'account_inactive',
  'not_authenticated',
  'session_expired',
  'csrf_failed',
  'token_invalid',
  'token_scope_missing',
  'forbidden',
  'not_found',
  'route_not_found',
  'malformed_url',
  'url_too_long',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'unit_has_children',
  'unit_cycle',
  'unit_parent_archived',
  'self_change_forbidden',
  'journey_version_conflict',
  'journey_not_your_unit',
  'journey_import_invalid',
  'survey_locked',
  'survey_transition',
  'survey_closed',
  'group_too_small',
  'kiosk_unauthorized',
  'translation_import_invalid',
  'translation_locked',
  'complaint_import_invalid',
  'complaint_import_unreadable',
  'improvement_criteria_locked',
  'improvement_criteria_missing',
  'improvement_photo_invalid',
  'improvement_session_closed',
  'eventlog_state',
  'journey_log_not_mapped',
  'offboarding_export_required',
  'password_login_disabled',
  'secret_key_missing',
  'sso_metadata_invalid',
  'sso_provider_unavailable',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const known: ReadonlySet<string> = new Set(ERROR_CODES);

/** True for a code the API sends (the web client checks answers with it instead of a cast). */
export function isErrorCode(code: string): code is ErrorCode {
  return known.has(code);
}
