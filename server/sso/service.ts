import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CreateProviderInput, MappingRule, UpdateProviderInput } from '../../shared/api/sso.ts';
import { recordAudit } from '../audit/repository.ts';
import type { AuthContext } from '../auth/context.ts';
import type { AppConfig } from '../config.ts';
import type { Database } from '../db/types.ts';
import { AppError, type FieldError, invalidField, notFound } from '../http/app-error.ts';
import { existingUnitIds } from '../users/repository.ts';
import { presentProvider } from './presenter.ts';
import * as repo from './repository.ts';
import { fetchIdpMetadata, parseIdpMetadata } from './saml/metadata.ts';
import { openProviderSecrets, sealProviderSecrets } from './secrets.ts';
import type { ProviderSecrets, ProviderSettings } from './tables.ts';

type Db = Kysely<Database>;

/** Every provider of the municipality with its rules, and whether passwords still work. */
export async function listProviders(db: Db, config: AppConfig, auth: AuthContext) {
  const municipality = await repo.findMunicipality(db, auth);
  const rules = await repo.rulesByProvider(db, auth);
  const rows = await repo.listProviders(db, auth);
  return {
    providers: rows.map((r) =>
      presentProvider(r, rules.get(r.id) ?? [], municipality.slug, config.publicUrl),
    ),
    passwordLogin: municipality.password_login,
  };
}

/** Reads the IdP metadata from the file or the URL given, and checks it. */
async function samlMetadata(input: {
  idpMetadataXml?: string | undefined;
  idpMetadataUrl?: string | undefined;
}) {
  const xml =
    input.idpMetadataXml?.trim() ||
    (input.idpMetadataUrl ? await fetchIdpMetadata(input.idpMetadataUrl) : '');
  if (!xml) throw invalidField('idpMetadataXml', 'required');
  parseIdpMetadata(xml);
  return xml;
}

const claimSettings = (input: { emailClaim?: string; nameClaim?: string; subjectClaim?: string }) => ({
  ...(input.emailClaim ? { emailClaim: input.emailClaim } : {}),
  ...(input.nameClaim ? { nameClaim: input.nameClaim } : {}),
  ...(input.subjectClaim ? { subjectClaim: input.subjectClaim } : {}),
});

/** Adds a provider. A SAML provider gets its own SP key pair (encrypted at rest). */
export async function createProvider(
  db: Db,
  config: AppConfig,
  auth: AuthContext,
  input: CreateProviderInput,
) {
  const id = randomUUID();
  let settings: ProviderSettings;
  let secrets: ProviderSecrets;
  let certificate: string | null = null;
  if (input.kind === 'oidc') {
    settings = {
      issuer: input.issuer,
      clientId: input.clientId,
      scopes: input.scopes,
      ...claimSettings(input),
    };
    secrets = input.clientSecret ? { clientSecret: input.clientSecret } : {};
  } else {
    settings = {
      idpMetadataXml: await samlMetadata(input),
      ...(input.idpMetadataUrl ? { idpMetadataUrl: input.idpMetadataUrl } : {}),
      ...(input.spEntityId ? { spEntityId: input.spEntityId } : {}),
      wantEncryptedAssertions: input.wantEncryptedAssertions,
      clockSkewSeconds: input.clockSkewSeconds,
      ...claimSettings(input),
    };
    if (!config.secretKey) throw new AppError('secret_key_missing');
    // selfsigned (~17 MB resident) loads when a SAML provider is first added, not at start.
    const { generateSpKeys } = await import('./saml/sp-keys.ts');
    const keys = await generateSpKeys(`Borgerblik SP ${input.name}`);
    secrets = { spPrivateKey: keys.privateKey };
    certificate = keys.certificate;
  }
  const ciphertext = sealProviderSecrets(config.secretKey, auth.municipalityId, id, secrets);
  await repo.insertProvider(db, auth, {
    id,
    kind: input.kind,
    name: input.name,
    enabled: input.enabled,
    settings,
  });
  await repo.updateProvider(db, auth, id, { secret_ciphertext: ciphertext, sp_certificate: certificate });
  await recordAudit(
    db,
    auth,
    auth.userId,
    'sso.provider_create',
    { type: 'sso_provider', id },
    {
      name: input.name,
      kind: input.kind,
    },
  );
  return id;
}

/** Changes a provider. A new client secret replaces the old; null removes it. */
export async function updateProvider(
  db: Db,
  config: AppConfig,
  auth: AuthContext,
  id: string,
  input: UpdateProviderInput,
) {
  const row = await repo.findProvider(db, auth, id);
  if (!row) throw notFound();
  const { name, enabled, clientSecret, idpMetadataXml, idpMetadataUrl, ...rest } = input;
  const settings: ProviderSettings = { ...row.settings, ...rest };
  if (row.kind === 'saml' && (idpMetadataXml !== undefined || idpMetadataUrl !== undefined)) {
    settings.idpMetadataXml = await samlMetadata({ idpMetadataXml, idpMetadataUrl });
    if (idpMetadataUrl) settings.idpMetadataUrl = idpMetadataUrl;
  }
  let ciphertext = row.secret_ciphertext;
  if (clientSecret !== undefined && row.kind === 'oidc') {
    const secrets = {
      ...openProviderSecrets(config.secretKey, row),
      clientSecret: clientSecret ?? undefined,
    };
    if (!clientSecret) delete secrets.clientSecret;
    ciphertext = sealProviderSecrets(config.secretKey, auth.municipalityId, id, secrets);
  }
  await repo.updateProvider(db, auth, id, {
    ...(name !== undefined ? { name } : {}),
    ...(enabled !== undefined ? { enabled } : {}),
    settings: JSON.stringify(settings),
    secret_ciphertext: ciphertext,
  });
  // The audit names what changed, never a secret's value.
  const changed = Object.keys(input).map((k) => (k === 'idpMetadataXml' ? 'idpMetadata' : k));
  const details: Record<string, unknown> = { name: name ?? row.name, changed };
  if (clientSecret !== undefined) details.clientSecret = clientSecret ? 'replaced' : 'removed';
  await recordAudit(db, auth, auth.userId, 'sso.provider_update', { type: 'sso_provider', id }, details);
}

export async function deleteProvider(db: Db, auth: AuthContext, id: string) {
  const row = await repo.findProvider(db, auth, id);
  if (!row) throw notFound();
  await repo.deleteProvider(db, auth, id);
  await recordAudit(
    db,
    auth,
    auth.userId,
    'sso.provider_delete',
    { type: 'sso_provider', id },
    { name: row.name },
  );
}

/** Replaces the mapping rules; every unit must belong to the municipality. */
export async function replaceRules(db: Db, auth: AuthContext, id: string, rules: MappingRule[]) {
  const row = await repo.findProvider(db, auth, id);
  if (!row) throw notFound();
  const known = await existingUnitIds(
    db,
    auth,
    rules.flatMap((r) => r.unitIds),
  );
  const fields: FieldError[] = rules.flatMap((r, i) =>
    r.unitIds.flatMap((u, j) =>
      known.has(u) ? [] : [{ path: `rules[${i}].unitIds[${j}]`, problem: 'unknown_reference' as const }],
    ),
  );
  if (fields.length) throw new AppError('validation_failed', {}, fields);
  const before = (await repo.rulesByProvider(db, auth, id)).get(id) ?? [];
  await repo.replaceRules(db, auth, id, rules);
  await recordAudit(
    db,
    auth,
    auth.userId,
    'sso.rules_update',
    { type: 'sso_provider', id },
    {
      name: row.name,
      before,
      after: rules,
    },
  );
}

/** Switches password login for the municipality (admins keep it as break-glass). */
export async function setPasswordLogin(db: Db, auth: AuthContext, enabled: boolean) {
  await repo.setPasswordLogin(db, auth, enabled);
  await recordAudit(
    db,
    auth,
    auth.userId,
    'sso.settings_update',
    { type: 'municipality', id: auth.municipalityId },
    {
      passwordLogin: enabled,
    },
  );
}
