import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The secret key for a start without BORGERBLIK_SECRET_KEY: kept in a file beside the data folder
 * (created once, readable by the owner only), so a local installation works without configuration
 * and its encrypted secrets survive restarts. Production sets the variable (and backs it up).
 */
export function keyFromFile(dataDir: string): { key: string; path: string; created: boolean } {
  const path = join(dirname(dataDir), 'secret-key');
  try {
    return { key: readFileSync(path, 'utf8').trim(), path, created: false };
  } catch {
    mkdirSync(dirname(path), { recursive: true });
    const key = randomBytes(32).toString('base64url');
    writeFileSync(path, `${key}\n`, { mode: 0o600, flag: 'wx' });
    return { key, path, created: true };
  }
}
