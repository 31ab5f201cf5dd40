import { isErrorCode } from '../../shared/i18n/error-codes.ts';
import type { ErrorCode, FieldError } from './types.ts';

/** An API failure with the server's already localised message and per-field messages. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly fields: FieldError[];

  constructor(status: number, code: ErrorCode, message: string, fields: FieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }

  /** The message for one form field; paths like `email`, `unitIds[0]` or `units[1].unitId` match on their first segment. */
  fieldMessage(field: string): string | undefined {
    return this.fields.find((f) => f.path === field || f.path.split(/[.[]/)[0] === field)?.message;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads `{ error: { code, message, fields? } }` from a failed response body. Anything else (a proxy's
 * HTML page, an empty body) becomes an `unexpected` error with `fallbackMessage`, so the UI always has a
 * sentence to show.
 */
export function parseErrorBody(status: number, body: unknown, fallbackMessage: string): ApiError {
  const error = isRecord(body) ? body.error : undefined;
  if (!isRecord(error) || typeof error.message !== 'string' || typeof error.code !== 'string') {
    return new ApiError(status, 'unexpected', fallbackMessage);
  }
  const fields: FieldError[] = Array.isArray(error.fields)
    ? error.fields.flatMap((f) =>
        isRecord(f) && typeof f.path === 'string' && typeof f.message === 'string'
          ? [{ path: f.path, message: f.message }]
          : [],
      )
    : [];
  // A code this build does not know (a newer server) keeps the server's message but is `unexpected`.
  return new ApiError(status, isErrorCode(error.code) ? error.code : 'unexpected', error.message, fields);
}
