import type { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { routeScope } from '../../policies/scopes.ts';

/** The bearer scheme as the OpenAPI document declares it. */
export const BEARER_SCHEME = {
  type: 'http',
  scheme: 'bearer',
  description:
    'API token (`bbk_…`) created by an admin under Organisation → Integrations. Each operation lists the scope it needs; no cookie or CSRF token is used.',
} as const;

/**
 * Wraps the schema transform so every operation states how it may be called: by session, and by a
 * token with the scope from server/policies/scopes.ts (`x-token-scope` names it; `session` means
 * tokens are refused, `public` needs no caller).
 */
export function withTokenScopes(inner: typeof jsonSchemaTransform): typeof jsonSchemaTransform {
  return (input) => {
    const out = inner(input);
    const method = [input.route.method].flat()[0] ?? 'GET';
    const scope = routeScope(String(method), input.url);
    // Routes that need no caller (config.public, server/auth/plugin.ts) declare no security at all.
    const isPublic = input.route.config?.public === true || scope === 'public';
    const security: Array<Record<string, string[]>> = isPublic
      ? []
      : scope === 'session'
        ? [{ session: [] }]
        : [{ session: [] }, { bearer: [scope] }];
    return { ...out, schema: { ...out.schema, security, 'x-token-scope': scope } };
  };
}
