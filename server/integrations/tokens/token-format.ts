import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API tokens look like `bbk_<municipality id>_<token id>_<secret>`. The ids make the token
 * self-locating: the row is read by its full primary key (municipality first), so no global index
 * on the secret's hash is needed and the lookup stays on one shard when the schema is distributed.
 * Only a SHA-256 of the 256-bit secret is stored (a slow hash adds nothing at that entropy).
 */
export const TOKEN_PREFIX = 'bbk_';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const SHAPE = new RegExp(`^${TOKEN_PREFIX}(${UUID})_(${UUID})_([A-Za-z0-9_-]{43})$`);

export interface ParsedToken {
  municipalityId: string;
  tokenId: string;
  secret: string;
}

export function newTokenSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function formatToken(municipalityId: string, tokenId: string, secret: string): string {
  return `${TOKEN_PREFIX}${municipalityId}_${tokenId}_${secret}`;
}

/** Undefined when the string is not of our shape (then it is not worth a database read). */
export function parseToken(value: string): ParsedToken | undefined {
  const m = SHAPE.exec(value);
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  return { municipalityId: m[1], tokenId: m[2], secret: m[3] };
}

export function hashTokenSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

/** Constant-time comparison of the presented secret's hash with the stored one. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashTokenSecret(secret));
  const b = Buffer.from(storedHash);
  return a.length === b.length && timingSafeEqual(a, b);
}
