import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, type FieldError } from './app-error.ts';
import { fieldPath } from './zod-issues.ts';

const NUL = '\u0000';

/**
 * The one input rule for text, applied to every route before validation: no string in the params,
 * query or body may contain U+0000 (PostgreSQL cannot store it in text). The request is refused with
 * 400 naming each field, e.g. `answers[2].text` or `querystring.q`; nothing is silently changed.
 * Raw bodies (uploads as bytes or streams) are the feature's to check; a form-encoded body (citizen
 * pages) arrives as its string and is checked field by field.
 */
export function installInputRule(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const fields = nulFields(request);
    if (fields.length) throw new AppError('validation_failed', {}, fields);
  });
}

/** Every field of the request whose name or value contains U+0000. */
export function nulFields(request: FastifyRequest): FieldError[] {
  const paths = [
    ...walk(request.params, [], 'params'),
    ...walk(request.query, [], 'querystring'),
    ...(typeof request.body === 'string' ? formFields(request) : walk(request.body, [], 'body')),
  ];
  return paths.map((path) => ({ path, problem: 'nul_character' as const }));
}

function walk(value: unknown, at: string[], context: string): string[] {
  if (typeof value === 'string') return value.includes(NUL) ? [pathOf(at, context)] : [];
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value) || isStream(value)) return [];
  const out: string[] = [];
  for (const [key, inner] of Object.entries(value)) {
    const here = [...at, key.replaceAll(NUL, '\u2400')];
    if (key.includes(NUL)) out.push(pathOf(here, context));
    else out.push(...walk(inner, here, context));
  }
  return out;
}

/** A string body: form-encoded fields by name, any other text as the body itself. */
function formFields(request: FastifyRequest): string[] {
  const body = request.body as string;
  if (!(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded'))
    return body.includes(NUL) ? ['body'] : [];
  // A NUL reaches a form field only as `%00` or as the raw byte: without either, no field holds one
  // (the common case, checked without decoding the body).
  if (!body.includes(NUL) && !/%00/i.test(body)) return [];
  const out = new Set<string>();
  for (const [key, value] of new URLSearchParams(body))
    if (key.includes(NUL) || value.includes(NUL)) out.add(key.replaceAll(NUL, '\u2400'));
  return [...out];
}

const pathOf = (at: string[], context: string) => fieldPath(at.map((p) => `/${p}`).join(''), context);

const isStream = (value: object) => typeof (value as { pipe?: unknown }).pipe === 'function';
