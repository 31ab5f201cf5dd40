import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from '../http/app-error.ts';

const VERSION = 'v1';

/**
 * Parses BORGERBLIK_SECRET_KEY: 32 bytes as 64 hex characters or as base64. Anything else is a
 * configuration mistake that must stop the start, not silently weaken the encryption.
 */
export function parseSecretKey(value: string | undefined): Buffer | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32)
    throw new Error('BORGERBLIK_SECRET_KEY must be 32 bytes (64 hex characters or base64)');
  return key;
}

function requireKey(key: Buffer | undefined): Buffer {
  if (!key) throw new AppError('secret_key_missing');
  return key;
}

/**
 * AES-256-GCM with a fresh 96-bit IV. The context (municipality and row) is bound as additional
 * data, so a ciphertext copied into another municipality's row does not decrypt there.
 */
export function encryptSecret(key: Buffer | undefined, plaintext: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', requireKey(key), iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64')))
    .join(':');
}

/** The plaintext of encryptSecret; throws when the key, the context or the data is wrong. */
export function decryptSecret(key: Buffer | undefined, stored: string, context: string): string {
  const [version, iv, tag, body] = stored.split(':');
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('unknown secret format');
  const decipher = createDecipheriv('aes-256-gcm', requireKey(key), Buffer.from(iv, 'base64'));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
}
