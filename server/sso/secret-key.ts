import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseSecretKey } from './crypto.ts';

/**
 * The key that encrypts identity-provider secrets at rest.
 *
 * - BORGERBLIK_SECRET_KEY set: that key (production).
 * - unset with the embedded demo database (no DATABASE_URL): a random development key kept in a
 *   file beside the data folder, with a loud warning. It protects nothing the data folder does
 *   not already hold; it only lets the demo work out of the box.
 * - unset with PostgreSQL: no key. Saving a client secret or creating a SAML provider is refused
 *   (`secret_key_missing`), and providers that need a secret cannot start a login.
 */
export async function resolveSecretKey(
  env: NodeJS.ProcessEnv,
  dataDir: string,
  warn: (message: string) => void,
): Promise<Buffer | undefined> {
  const configured = parseSecretKey(env.BORGERBLIK_SECRET_KEY);
  if (configured) return configured;
  if (env.DATABASE_URL) {
    warn('BORGERBLIK_SECRET_KEY is not set: identity-provider secrets cannot be saved (see docs/SSO.md).');
    return undefined;
  }
  const file = join(dirname(dataDir), 'dev-secret-key');
  let key: Buffer | undefined;
  try {
    key = parseSecretKey(await readFile(file, 'utf8'));
  } catch {
    key = randomBytes(32);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, key.toString('hex'), { mode: 0o600 });
    await chmod(file, 0o600);
  }
  warn(
    `!!! BORGERBLIK_SECRET_KEY is not set: using a DEVELOPMENT key from ${file}. ` +
      'Never run a real municipality like this; set BORGERBLIK_SECRET_KEY (32 random bytes, hex).',
  );
  return key;
}
