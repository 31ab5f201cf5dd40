import type { FastifyReply, FastifyRequest } from 'fastify';
import { hashToken, newSecret, safeEqual } from '../auth/session-token.ts';
import { ATTEMPT_TTL_MS } from './attempt-repository.ts';

export const SSO_COOKIE = 'bb_sso';

/**
 * Ties a login attempt to the browser that started it: a random secret in a short-lived cookie,
 * its hash in the attempt row. An answer delivered to another browser (login CSRF, a link sent
 * to a victim) finds no matching cookie and is refused.
 *
 * SAML answers arrive as a cross-site POST from the IdP, which SameSite=Lax cookies do not
 * follow; behind HTTPS the cookie is SameSite=None; Secure for that reason.
 */
export function bindBrowser(reply: FastifyReply, secure: boolean): string {
  const secret = newSecret();
  reply.setCookie(SSO_COOKIE, secret, {
    path: '/sso/',
    httpOnly: true,
    secure,
    sameSite: secure ? 'none' : 'lax',
    maxAge: ATTEMPT_TTL_MS / 1000,
  });
  return hashToken(secret);
}

/** Whether the request carries the cookie of the attempt. */
export function browserMatches(request: FastifyRequest, browserHash: string): boolean {
  const secret = request.cookies[SSO_COOKIE];
  return typeof secret === 'string' && safeEqual(hashToken(secret), browserHash);
}

export function clearBrowserBinding(reply: FastifyReply) {
  reply.clearCookie(SSO_COOKIE, { path: '/sso/' });
}
