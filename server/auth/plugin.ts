import type { FastifyInstance } from 'fastify';
import { AppError } from '../http/app-error.ts';
import { resolveSession } from './service.ts';
import { decodeSessionCookie, SESSION_COOKIE, safeEqual } from './session-token.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Writes that carry no session yet and so cannot carry its CSRF token. */
const CSRF_EXEMPT = new Set(['/api/v1/auth/login']);

/**
 * Resolves the session cookie on every API request and enforces the CSRF token on writes made
 * with it (synchronizer token: the header must equal the session's token). SameSite=Lax already
 * blocks most cross-site writes; the token also covers same-site subdomains and old browsers.
 */
export function installAuth(app: FastifyInstance) {
  app.decorateRequest('auth', null);
  app.decorateRequest('authExpired', false);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const cookie = decodeSessionCookie(request.cookies[SESSION_COOKIE]);
    if (!cookie) return;
    const session = await resolveSession(app.db, { municipalityId: cookie.municipalityId }, cookie.token);
    if (session.status === 'expired') request.authExpired = true;
    if (session.status !== 'ok') return;
    request.auth = session.auth;
    const path = request.url.split('?')[0] ?? '';
    if (SAFE_METHODS.has(request.method) || CSRF_EXEMPT.has(path)) return;
    const header = request.headers['x-csrf-token'];
    if (typeof header !== 'string' || !safeEqual(header, session.auth.csrfToken))
      throw new AppError('csrf_failed');
  });
}
