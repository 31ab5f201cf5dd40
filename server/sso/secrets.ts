import { SecretBox } from '../crypto/secret-box.ts';
import { AppError } from '../http/app-error.ts';
import type { ProviderSecrets } from './tables.ts';

/**
 * Identity-provider secrets at rest: the server's one secret box (server/crypto/secret-box.ts) with the
 * municipality and row bound as context, so a ciphertext copied into another municipality's row does not
 * decrypt there. Without a key nothing can be saved (`secret_key_missing`); main.ts always supplies one.
 */
function box(key: string | undefined): SecretBox {
  if (!key) throw new AppError('secret_key_missing');
  return new SecretBox(key);
}

/** Binds a provider's ciphertext to its municipality and row (AES-GCM additional data). */
const providerContext = (municipalityId: string, providerId: string) =>
  `sso_provider:${municipalityId}:${providerId}`;
const sessionContext = (municipalityId: string, tokenHash: string) =>
  `sso_session:${municipalityId}:${tokenHash}`;

/** Encrypts a provider's secrets; null when there are none (a public OIDC client). */
export function sealProviderSecrets(
  key: string | undefined,
  municipalityId: string,
  providerId: string,
  secrets: ProviderSecrets,
): string | null {
  if (!secrets.clientSecret && !secrets.spPrivateKey) return null;
  return box(key).seal(JSON.stringify(secrets), providerContext(municipalityId, providerId));
}

export function openProviderSecrets(
  key: string | undefined,
  row: { municipality_id: string; id: string; secret_ciphertext: string | null },
): ProviderSecrets {
  if (!row.secret_ciphertext) return {};
  return JSON.parse(box(key).open(row.secret_ciphertext, providerContext(row.municipality_id, row.id)));
}

/** What a provider's logout needs (id_token hint, SAML NameID), kept encrypted with the session. */
export function sealLogoutData(
  key: string | undefined,
  municipalityId: string,
  tokenHash: string,
  data: Record<string, string | null>,
): string | null {
  if (!key) return null;
  return box(key).seal(JSON.stringify(data), sessionContext(municipalityId, tokenHash));
}

export function openLogoutData(
  key: string | undefined,
  municipalityId: string,
  tokenHash: string,
  stored: string | null,
): Record<string, string | null> | null {
  if (!stored || !key) return null;
  try {
    return JSON.parse(box(key).open(stored, sessionContext(municipalityId, tokenHash)));
  } catch {
    return null;
  }
}
