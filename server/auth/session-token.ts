import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'bb_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** A new random secret, URL-safe. */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Sessions are stored by hash so a copy of the table cannot be replayed as cookies. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/**
 * The cookie carries the municipality id beside the secret so the session row can be found by its
 * full primary key (municipality first), which keeps the lookup on one shard when distributed.
 */
export function encodeSessionCookie(municipalityId: string, token: string): string {
  return `${municipalityId}.${token}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Splits the cookie; undefined when it is not of our shape. */
export function decodeSessionCookie(
  value: string | undefined,
): { municipalityId: string; token: string } | undefined {
  if (!value) return undefined;
  const dot = value.indexOf('.');
  const municipalityId = value.slice(0, dot);
  const token = value.slice(dot + 1);
  if (dot < 0 || !UUID.test(municipalityId) || token.length < 20 || token.length > 100) return undefined;
  return { municipalityId, token };
}

/** Constant-time comparison for CSRF tokens. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
