import { SecretBox } from '../crypto/secret-box.ts';
import { AppError } from '../http/app-error.ts';

/**
 * Identity-provider secrets at rest: the server's one secret box (AES-256-GCM under
 * BORGERBLIK_SECRET_KEY, see server/crypto/secret-box.ts) with the municipality and row bound as
 * context, so a ciphertext copied into another municipality's row does not decrypt there. Without a
 * key nothing can be saved (`secret_key_missing`); main.ts always supplies one (the variable, or a key
 * file beside the data folder).
 */
function box(key: string | undefined): SecretBox {
  if (!key) throw new AppError('secret_key_missing');
  return new SecretBox(key);
}

/** Encrypts `plaintext` for `context` (e.g. `sso_provider:<municipality>:<id>`). */
export function encryptSecret(key: string | undefined, plaintext: string, context: string): string {
  return box(key).seal(plaintext, context);
}

/** The plaintext of encryptSecret; throws when the key, the context or the data is wrong. */
export function decryptSecret(key: string | undefined, stored: string, context: string): string {
  return box(key).open(stored, context);
}
