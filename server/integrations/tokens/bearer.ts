import type { FastifyInstance } from 'fastify';
import { AppError } from '../../http/app-error.ts';
import { routeScope } from '../../policies/scopes.ts';
import { resolveToken } from './service.ts';
import { parseToken } from './token-format.ts';

/** Requests per minute per token: generous for a nightly upload or a BI refresh, a brake on a runaway loop. */
export const TOKEN_RATE_PER_MINUTE = 600;
const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * `Authorization: Bearer bbk_…` on any API route: resolves the token, checks the route's scope
 * (server/policies/scopes.ts) and sets `request.auth`, before any body is read or validated. Token
 * requests carry no cookie session and need no CSRF token (a browser never adds this header by
 * itself). Kept apart from the session hook, which skips requests that already have `request.auth`.
 */
export function installBearerAuth(app: FastifyInstance) {
  const limit = app.createRateLimit({
    max: TOKEN_RATE_PER_MINUTE,
    timeWindow: 60_000,
    keyGenerator: (request) => `token:${request.auth?.apiTokenId ?? ''}`,
  });
  app.addHook('onRequest', async (request, reply) => {
    const header = request.headers.authorization;
    if (header === undefined || !request.url.startsWith('/api/')) return;
    const raw = BEARER.exec(header)?.[1];
    const parsed = raw ? parseToken(raw) : undefined;
    const resolved = parsed ? await resolveToken(app.db, parsed) : undefined;
    if (!resolved) throw new AppError('token_invalid');
    const routeUrl = request.routeOptions.url;
    if (routeUrl === undefined) return;
    const scope = routeScope(request.method, routeUrl);
    if (scope === 'session' || (scope !== 'public' && !resolved.scopes.includes(scope))) {
      throw new AppError('token_scope_missing', { scope: scope === 'session' ? '-' : scope });
    }
    request.auth = resolved.auth;
    const verdict = await limit(request);
    if (!verdict.isAllowed && verdict.isExceeded) {
      reply.header('retry-after', String(Math.ceil(verdict.ttl / 1000)));
      throw new AppError('rate_limited');
    }
  });
}
