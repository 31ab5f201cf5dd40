import type { FastifyReply } from 'fastify';
import { encodeSessionCookie, SESSION_COOKIE, SESSION_TTL_MS } from './session-token.ts';

/** Sets the session cookie after any kind of login (password or identity provider). */
export function setSessionCookie(
  reply: FastifyReply,
  secure: boolean,
  municipalityId: string,
  token: string,
) {
  reply.setCookie(SESSION_COOKIE, encodeSessionCookie(municipalityId, token), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: SESSION_TTL_MS / 1000,
  });
}
