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

/** Every operation of the app's own OpenAPI document (hidden routes are not in it). */
export async function apiOperations(app: FastifyInstance): Promise<ApiOperation[]> {
  const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
  const out: ApiOperation[] = [];
  for (const [path, item] of Object.entries<Record<string, OpenApiOperation>>(doc.paths)) {
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
