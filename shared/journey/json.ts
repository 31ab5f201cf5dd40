import { z } from 'zod';
import { type Journey, journeySchema } from './journey.ts';
import { LIMITS } from './limits.ts';

export const JOURNEY_FORMAT = 'borgerblik.journey';
export const JOURNEY_FORMAT_VERSION = 1;

/**
 * The export file: the journey's own fields at top level, tagged with format and version, so error
 * paths read like `steps[3].actorId` for people editing the file by hand.
 */
export type JourneyDocument = {
  format: typeof JOURNEY_FORMAT;
  version: typeof JOURNEY_FORMAT_VERSION;
} & Journey;

/** One problem in an import, with a JSON path such as `steps[3].actorId` (empty for the whole file). */
export interface JourneyIssue {
  path: string;
  /** Stable code for translation: zod's issue code, or e.g. `unknown_actor`, `invalid_json`. */
  code: string;
  /** English fallback text; the UI should translate by `code` and `params`. */
  message: string;
  params: Record<string, string | number>;
}

export type ParseJourneyResult = { ok: true; journey: Journey } | { ok: false; issues: JourneyIssue[] };

/** `['steps', 3, 'actorId']` → `steps[3].actorId`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** `steps[3].actorId: unknown actor "a9"` — for logs, the CLI and tests. */
export function formatJourneyIssue(issue: JourneyIssue): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
}

/** Wraps a journey in the export format (a plain object, ready for `JSON.stringify`). */
export function toJourneyDocument(journey: Journey): JourneyDocument {
  return { format: JOURNEY_FORMAT, version: JOURNEY_FORMAT_VERSION, ...journey };
}

/** The export file's text: stable key order from the schema, two-space indented. */
export function journeyToJson(journey: Journey): string {
  return `${JSON.stringify(toJourneyDocument(journey), null, 2)}\n`;
}

const envelopeSchema = z.object({
  format: z.literal(JOURNEY_FORMAT),
  version: z.literal(JOURNEY_FORMAT_VERSION),
});

function fromZod(issues: readonly z.core.$ZodIssue[]): JourneyIssue[] {
  return issues.slice(0, LIMITS.issues).map((issue) => {
    const params: Record<string, string | number> = {};
    let code: string = issue.code;
    if (issue.code === 'custom' && issue.params) {
      for (const [key, value] of Object.entries(issue.params)) {
        if (typeof value === 'string' || typeof value === 'number') params[key] = value;
      }
      if (typeof params.code === 'string') code = params.code;
    }
    if (issue.code === 'too_big') params.limit = Number(issue.maximum);
    if (issue.code === 'too_small') params.limit = Number(issue.minimum);
    return { path: formatJsonPath(issue.path), code, message: issue.message, params };
  });
}

/**
 * Parses an exported journey file. Never throws: returns the journey, or every problem found (up to
 * `LIMITS.issues`), each naming its JSON path. Unknown top-level keys are ignored (forward-compatible).
 */
export function parseJourneyJson(text: string): ParseJourneyResult {
  if (text.length > LIMITS.jsonChars) {
    const message = `file too large (more than ${LIMITS.jsonChars} characters)`;
    return {
      ok: false,
      issues: [{ path: '', code: 'too_large', message, params: { limit: LIMITS.jsonChars } }],
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : 'invalid JSON';
    return { ok: false, issues: [{ path: '', code: 'invalid_json', message, params: {} }] };
  }
  return parseJourneyDocument(data);
}

/** Like `parseJourneyJson`, for an already parsed value (e.g. an HTTP request body). */
export function parseJourneyDocument(data: unknown): ParseJourneyResult {
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) return { ok: false, issues: fromZod(envelope.error.issues) };
  const parsed = journeySchema.safeParse(data);
  if (!parsed.success) return { ok: false, issues: fromZod(parsed.error.issues) };
  return { ok: true, journey: parsed.data };
}
