import { decryptSecret, encryptSecret } from './crypto.ts';
import type { ProviderSecrets } from './tables.ts';

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
  return encryptSecret(key, JSON.stringify(secrets), providerContext(municipalityId, providerId));
}

export function openProviderSecrets(
  key: string | undefined,
  row: { municipality_id: string; id: string; secret_ciphertext: string | null },
): ProviderSecrets {
  if (!row.secret_ciphertext) return {};
  return JSON.parse(decryptSecret(key, row.secret_ciphertext, providerContext(row.municipality_id, row.id)));
}

/** What a provider's logout needs (id_token hint, SAML NameID), kept encrypted with the session. */
export function sealLogoutData(
  key: string | undefined,
  municipalityId: string,
  tokenHash: string,
  data: Record<string, string | null>,
): string | null {
  if (!key) return null;
  return encryptSecret(key, JSON.stringify(data), sessionContext(municipalityId, tokenHash));
}

export function openLogoutData(
  key: string | undefined,
  municipalityId: string,
  tokenHash: string,
  stored: string | null,
): Record<string, string | null> | null {
  if (!stored || !key) return null;
  try {
    return JSON.parse(decryptSecret(key, stored, sessionContext(municipalityId, tokenHash)));
  } catch {
    return null;
  }
}
