import type { FieldError } from './app-error.ts';

/** The parts of a zod issue we read; zod's own type is a wide union. */
interface IssueLike {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

/** `/unitIds/0` → `unitIds[0]`; the request part (body, querystring) is prefixed unless it is the body. */
export function fieldPath(instancePath: string, context: string | undefined): string {
  const parts = instancePath.split('/').filter(Boolean);
  let path = '';
  for (const part of parts) path += /^\d+$/.test(part) ? `[${part}]` : path ? `.${part}` : part;
  if (context && context !== 'body') path = path ? `${context}.${path}` : context;
  return path;
}

/** The value at a zod path inside the request part, to tell a missing field from a wrong one. */
function valueAt(root: unknown, instancePath: string): unknown {
  let node = root;
  for (const key of instancePath.split('/').filter(Boolean)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Maps one zod issue (as fastify-type-provider-zod hands it over) to a localisable field error.
 * `input` is the request part that was validated (body, querystring or params).
 */
export function issueToFieldError(
  issue: IssueLike,
  context: string | undefined,
  input: unknown,
): FieldError[] {
  const p = issue.params;
  const path = fieldPath(issue.instancePath, context);
  const num = (v: unknown) => (typeof v === 'number' || typeof v === 'bigint' ? Number(v) : 0);
  if (issue.keyword !== 'unrecognized_keys' && valueAt(input, issue.instancePath) === undefined) {
    return [{ path, problem: 'required' }];
  }
  switch (issue.keyword) {
    case 'invalid_type':
      return [{ path, problem: 'invalid_type', params: { expected: String(p.expected) } }];
    case 'too_small':
      if (p.origin === 'string')
        return [
          {
            path,
            problem: num(p.minimum) <= 1 ? 'required' : 'too_short',
            params: { minimum: num(p.minimum) },
          },
        ];
      if (p.origin === 'array')
        return [{ path, problem: 'too_few_items', params: { minimum: num(p.minimum) } }];
      return [{ path, problem: 'too_small', params: { minimum: num(p.minimum) } }];
    case 'too_big':
      if (p.origin === 'string') return [{ path, problem: 'too_long', params: { maximum: num(p.maximum) } }];
      if (p.origin === 'array')
        return [{ path, problem: 'too_many_items', params: { maximum: num(p.maximum) } }];
      return [{ path, problem: 'too_big', params: { maximum: num(p.maximum) } }];
    case 'invalid_format':
      if (p.format === 'email') return [{ path, problem: 'invalid_email' }];
      if (p.format === 'uuid' || p.format === 'guid') return [{ path, problem: 'invalid_uuid' }];
      return [{ path, problem: 'invalid_format' }];
    case 'invalid_value':
      return [
        {
          path,
          problem: 'invalid_value',
          params: { options: Array.isArray(p.values) ? p.values.join(', ') : '' },
        },
      ];
    case 'unrecognized_keys': {
      const keys = Array.isArray(p.keys) ? p.keys.map(String) : [];
      return keys.map((key) => ({
        path: path ? `${path}.${key}` : key,
        problem: 'unknown_field' as const,
        params: { key },
      }));
    }
    default:
      return [{ path, problem: 'invalid' }];
  }
}
