import type { z } from 'zod';
import { JourneyBody } from '../../shared/api/journeys.ts';
import {
  checkReferences,
  JOURNEY_FORMAT,
  JOURNEY_FORMAT_VERSION,
  type Journey,
  LIMITS,
} from '../../shared/journey/index.ts';
import { AppError, type FieldError } from '../http/app-error.ts';
import { issueToFieldError } from '../http/zod-issues.ts';

/** `prefix` + `steps[3].actorId` → `journey.steps[3].actorId`. */
function joinPath(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/**
 * Cross-reference problems (duplicate ids, unknown actor/stage/step) as field errors under `prefix`,
 * each naming its path, e.g. `journey.steps[3].actorId`.
 */
export function referenceErrors(journey: Journey, prefix: string): FieldError[] {
  return checkReferences(journey)
    .slice(0, LIMITS.issues)
    .map((issue) => ({
      path: joinPath(prefix, issue.path),
      problem: issue.params.code,
      params: { id: issue.params.id },
    }));
}

/** Throws a 400 naming every bad reference; returns when the journey is consistent. */
export function assertReferences(journey: Journey, prefix: string): void {
  const fields = referenceErrors(journey, prefix);
  if (fields.length > 0) throw new AppError('validation_failed', {}, fields);
}

/**
 * A zod result's issues as field errors of an imported file; `pathOf` renames a path into the file's
 * own terms (a CJML element path), the JSON path inside the file otherwise.
 */
export function zodFields(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  pathOf?: (path: readonly PropertyKey[]) => string,
): FieldError[] {
  return issues.slice(0, LIMITS.issues).flatMap((issue) => {
    const { code, path, message: _message, ...params } = issue;
    const instancePath = `/${path.map(String).join('/')}`;
    const fields = issueToFieldError({ keyword: code, instancePath, params }, 'body', input);
    return pathOf ? fields.map((field) => ({ ...field, path: pathOf(path) })) : fields;
  });
}

/** The one 400 of a rejected import file, naming at most LIMITS.issues problems. */
export function importFailed(fields: FieldError[]): AppError {
  return new AppError('journey_import_invalid', { count: fields.length }, fields.slice(0, LIMITS.issues));
}

/**
 * Parses an export file's text into a journey. Every problem is reported at once with its path inside
 * the file (`steps[3].actorId`, or `json` for the file as a whole) as one 400; nothing is stored.
 */
export function parseImport(text: string): Journey {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'JSON.parse';
    throw importFailed([{ path: 'json', problem: 'invalid_json', params: { detail } }]);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw importFailed([{ path: 'json', problem: 'invalid_type', params: { expected: 'object' } }]);
  }
  const record = data as Record<string, unknown>;
  const envelope: FieldError[] = [];
  if (record.format !== JOURNEY_FORMAT) {
    envelope.push({ path: 'format', problem: 'invalid_value', params: { options: JOURNEY_FORMAT } });
  }
  if (record.version !== JOURNEY_FORMAT_VERSION) {
    const options = String(JOURNEY_FORMAT_VERSION);
    envelope.push({ path: 'version', problem: 'invalid_value', params: { options } });
  }
  if (envelope.length > 0) throw importFailed(envelope);
  const parsed = JourneyBody.safeParse(data);
  if (!parsed.success) throw importFailed(zodFields(parsed.error.issues, data));
  const references = referenceErrors(parsed.data, '');
  if (references.length > 0) throw importFailed(references);
  return parsed.data;
}
