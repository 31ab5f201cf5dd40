import type { ColumnType, Generated } from 'kysely';
import type { Role } from '../db/types.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string | T | undefined, string | T>;

/** Non-secret settings of a provider; which fields are used depends on its kind. */
export interface ProviderSettings {
  /** OIDC: issuer URL (discovery at /.well-known/openid-configuration). */
  issuer?: string;
  clientId?: string;
  scopes?: string;
  /** SAML: the IdP's metadata as imported (from a URL or a file). */
  idpMetadataXml?: string;
  idpMetadataUrl?: string;
  spEntityId?: string;
  wantEncryptedAssertions?: boolean;
  clockSkewSeconds?: number;
  /** Where e-mail, name and subject come from (claim or attribute names). */
  emailClaim?: string;
  nameClaim?: string;
  subjectClaim?: string;
}

/** Secrets, stored only encrypted (AES-256-GCM with BORGERBLIK_SECRET_KEY). */
export interface ProviderSecrets {
  clientSecret?: string;
  spPrivateKey?: string;
}

export interface SsoProviderTable {
  municipality_id: string;
  id: Generated<string>;
  kind: 'oidc' | 'saml';
  name: string;
  enabled: Generated<boolean>;
  settings: Json<ProviderSettings>;
  secret_ciphertext: string | null;
  sp_certificate: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface SsoMappingRuleTable {
  municipality_id: string;
  provider_id: string;
  position: number;
  claim: string;
  value: string;
  role: Role;
  unit_ids: Json<string[]>;
}

export interface SsoIdentityTable {
  municipality_id: string;
  provider_id: string;
  subject: string;
  user_id: string;
  created_at: Generated<Date>;
}

export interface SsoLoginAttemptTable {
  municipality_id: string;
  state: string;
  provider_id: string;
  browser_hash: string;
  nonce: string | null;
  code_verifier: string | null;
  request_id: string | null;
  expires_at: Timestamp;
}

export interface SsoSessionTable {
  municipality_id: string;
  token_hash: string;
  provider_id: string;
  logout_ciphertext: string | null;
}

/** The single sign-on tables (migration 0012). */
export interface SsoTables {
  sso_provider: SsoProviderTable;
  sso_mapping_rule: SsoMappingRuleTable;
  sso_identity: SsoIdentityTable;
  sso_login_attempt: SsoLoginAttemptTable;
  sso_session: SsoSessionTable;
}
