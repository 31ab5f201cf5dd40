import type { FastifyInstance } from 'fastify';

/** One operation of the OpenAPI document, as the generated sweeps need it. */
export interface ApiOperation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The OpenAPI path, e.g. `/api/v1/units/{id}`. */
  path: string;
  /** True when the operation declares no security requirement (`security: []`). */
  isPublic: boolean;
  parameters: Array<{ in: string; name: string; schema?: JsonSchema }>;
  body: JsonSchema | undefined;
}

export interface JsonSchema {
  type?: string | string[];
  format?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  required?: string[];
  enum?: unknown[];
  anyOf?: JsonSchema[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Every `/api` operation of the app's own OpenAPI document (hidden routes are not in it). */
export async function apiOperations(app: FastifyInstance): Promise<ApiOperation[]> {
  const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
  const out: ApiOperation[] = [];
  for (const [path, item] of Object.entries<Record<string, OpenApiOperation>>(doc.paths)) {
    // The API and open data only: the citizen pages, kiosk and health have their own tests.
    if (!path.startsWith('/api/') && !path.startsWith('/open/')) continue;
    for (const m of METHODS) {
      const op = item[m];
      if (!op) continue;
      out.push({
        method: m.toUpperCase() as ApiOperation['method'],
        path,
        isPublic: Array.isArray(op.security) && op.security.length === 0,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  return out;
}

interface OpenApiOperation {
  security?: unknown[];
  parameters?: ApiOperation['parameters'];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

/** The operation's URL with each path parameter replaced by `value(name)`. */
export function fillPath(path: string, value: (name: string) => string): string {
  return path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(value(name)));
}

/**
 * The smallest body the schema accepts, as far as a generator can tell: required fields only, each
 * with its first enum value, its minimum, a fresh uuid or a plain string of the minimum length.
 */
export function minimalValue(schema: JsonSchema | undefined): unknown {
  if (!schema) return undefined;
  if (schema.anyOf?.length) return minimalValue(schema.anyOf[0]);
  if (schema.enum?.length) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  const s = schema as JsonSchema & { minimum?: number; minLength?: number; minItems?: number };
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) out[key] = minimalValue(schema.properties?.[key]);
      return out;
    }
    case 'array':
      return Array.from({ length: s.minItems ?? 0 }, () => minimalValue(schema.items));
    case 'integer':
    case 'number':
      return Math.max(s.minimum ?? 1, 1);
    case 'boolean':
      return true;
    default:
      if (schema.format === 'uuid') return crypto.randomUUID();
      if (schema.format === 'email') return 'someone@example.dk';
      if (schema.format === 'date') return '2024-01-02';
      if (schema.format === 'date-time') return '2024-01-02T10:00:00.000Z';
      return 'x'.repeat(Math.max(s.minLength ?? 1, 1));
  }
}
