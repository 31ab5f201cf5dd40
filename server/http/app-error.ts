import type { ErrorCode } from '../../shared/i18n/errors.ts';
import type { FieldProblem } from '../../shared/i18n/fields.ts';

/** One invalid field, before localisation. */
export interface FieldError {
  path: string;
  problem: FieldProblem;
  params?: Record<string, string | number>;
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  validation_failed: 400,
  malformed_json: 400,
  invalid_credentials: 401,
  not_authenticated: 401,
  session_expired: 401,
  account_inactive: 403,
  password_login_disabled: 403,
  secret_key_missing: 409,
  sso_metadata_invalid: 400,
  sso_provider_unavailable: 502,
  csrf_failed: 403,
  token_invalid: 401,
  token_scope_missing: 403,
  forbidden: 403,
  not_found: 404,
  route_not_found: 404,
  malformed_url: 400,
  url_too_long: 414,
  unit_has_children: 409,
  unit_cycle: 409,
  unit_parent_archived: 409,
  self_change_forbidden: 409,
  survey_locked: 409,
  survey_transition: 409,
  group_too_small: 409,
  survey_closed: 410,
  kiosk_unauthorized: 401,
  journey_version_conflict: 409,
  journey_not_your_unit: 403,
  journey_import_invalid: 400,
  complaint_import_invalid: 400,
  translation_import_invalid: 400,
  translation_locked: 409,
  complaint_import_unreadable: 400,
  improvement_criteria_locked: 409,
  improvement_criteria_missing: 409,
  improvement_photo_invalid: 415,
  improvement_session_closed: 409,
  eventlog_state: 409,
  journey_log_not_mapped: 409,
  offboarding_export_required: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  account_locked: 423,
  rate_limited: 429,
};

/**
 * An error the API reports to the client: a code (localised when sent), message parameters and
 * optionally the fields at fault. Anything else thrown becomes a logged 500 without details.
 */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldError[] = [],
  ) {
    super(code);
    this.status = STATUS[code] ?? 500;
  }
}

/** 404 that does not reveal whether the thing exists in another municipality. */
export const notFound = () => new AppError('not_found');

/** 400 for a single field, for rules zod cannot see (uniqueness, references). */
export function invalidField(path: string, problem: FieldProblem, params?: Record<string, string | number>) {
  return new AppError('validation_failed', {}, [{ path, problem, ...(params ? { params } : {}) }]);
}
