import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../http/app-error.ts';
import { resolveSession } from './service.ts';
import { decodeSessionCookie, SESSION_COOKIE, safeEqual } from './session-token.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Writes that carry no session yet and so cannot carry its CSRF token. */
const CSRF_EXEMPT = new Set(['/api/v1/auth/login']);

/**
 * True when the route answers without a signed-in user: every route under /api requires sign-in
 * unless it declares `config: { public: true }` (login, the OpenAPI document, token links).
 * Routes outside /api (citizen pages, kiosk, web app) carry their own credentials or none.
 */
export function isPublicRoute(request: FastifyRequest): boolean {
  if (!request.url.startsWith('/api/') || request.is404) return true;
  return request.routeOptions.config.public === true;
}

/**
 * Resolves the session cookie on every API request, refuses anonymous callers of non-public routes
 * with 401 before the body is even parsed (authentication before validation: a caller who is not
 * signed in learns nothing about a route's input rules), and enforces the CSRF token on writes made
 * with a session (synchronizer token; SameSite=Lax already blocks most cross-site writes).
 * Roles are checked afterwards in the handler with `authorize(request, policy)`.
 */
export function installAuth(app: FastifyInstance) {
  app.decorateRequest('auth', null);
  app.decorateRequest('authExpired', false);
  // Public routes say so in the OpenAPI document too (no security requirement).
  app.addHook('onRoute', (route) => {
    if (route.config?.public === true) route.schema = { ...route.schema, security: [] };
  });
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    // An unknown address is answered before its body is parsed (else an empty JSON body says 400).
    if (request.is404)
      throw new AppError('route_not_found', { method: request.method, url: pathOf(request) });
    await resolveAuth(app, request);
    if (!request.auth && !isPublicRoute(request))
      throw new AppError(request.authExpired ? 'session_expired' : 'not_authenticated');
  });
}

async function resolveAuth(app: FastifyInstance, request: FastifyRequest) {
  // Token requests are authenticated by the bearer hook (server/integrations/tokens/bearer.ts) alone.
  if (request.headers.authorization !== undefined) return;
  const cookie = decodeSessionCookie(request.cookies[SESSION_COOKIE]);
  if (!cookie) return;
  const session = await resolveSession(app.db, { municipalityId: cookie.municipalityId }, cookie.token);
  if (session.status === 'expired') request.authExpired = true;
  if (session.status !== 'ok') return;
  request.auth = session.auth;
  if (SAFE_METHODS.has(request.method) || CSRF_EXEMPT.has(pathOf(request))) return;
  const header = request.headers['x-csrf-token'];
  if (typeof header !== 'string' || !safeEqual(header, session.auth.csrfToken))
    throw new AppError('csrf_failed');
}

const pathOf = (request: FastifyRequest) => request.url.split('?')[0] ?? '';
