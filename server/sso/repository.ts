import type { Kysely, Updateable } from 'kysely';
import type { MappingRule } from '../../shared/api/sso.ts';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import type { ProviderSettings, SsoProviderTable } from './tables.ts';

type Db = Kysely<Database>;

/** The municipality behind a login URL (/login/{slug}); the one lookup not scoped by tenant. */
export function findMunicipalityBySlug(db: Db, slug: string) {
  return db
    .selectFrom('municipality')
    .select(['id', 'name', 'slug', 'password_login'])
    .where('slug', '=', slug)
    .executeTakeFirst();
}

export async function passwordLoginEnabled(db: Db, tenant: Tenant): Promise<boolean> {
  const row = await db
    .selectFrom('municipality')
    .select('password_login')
    .where('id', '=', tenant.municipalityId)
    .executeTakeFirst();
  return row?.password_login ?? true;
}

export async function setPasswordLogin(db: Db, tenant: Tenant, enabled: boolean) {
  await db
    .updateTable('municipality')
    .set({ password_login: enabled })
    .where('id', '=', tenant.municipalityId)
    .execute();
}

export function listProviders(db: Db, tenant: Tenant) {
  return db
    .selectFrom('sso_provider')
    .selectAll()
    .where('municipality_id', '=', tenant.municipalityId)
    .orderBy('created_at')
    .execute();
}

export function findProvider(db: Db, tenant: Tenant, id: string) {
  return db
    .selectFrom('sso_provider')
    .selectAll()
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}
export type ProviderRow = NonNullable<Awaited<ReturnType<typeof findProvider>>>;

export function insertProvider(
  db: Db,
  tenant: Tenant,
  values: { id: string; kind: 'oidc' | 'saml'; name: string; enabled: boolean; settings: ProviderSettings },
) {
  return db
    .insertInto('sso_provider')
    .values({
      municipality_id: tenant.municipalityId,
      id: values.id,
      kind: values.kind,
      name: values.name,
      enabled: values.enabled,
      settings: JSON.stringify(values.settings),
      updated_at: new Date(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateProvider(db: Db, tenant: Tenant, id: string, patch: Updateable<SsoProviderTable>) {
  return db
    .updateTable('sso_provider')
    .set({ ...patch, updated_at: new Date() })
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteProvider(db: Db, tenant: Tenant, id: string) {
  await db
    .deleteFrom('sso_provider')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', '=', id)
    .execute();
}

/** Rules per provider id, in their order. */
export async function rulesByProvider(db: Db, tenant: Tenant, providerId?: string) {
  let q = db.selectFrom('sso_mapping_rule').selectAll().where('municipality_id', '=', tenant.municipalityId);
  if (providerId) q = q.where('provider_id', '=', providerId);
  const map = new Map<string, MappingRule[]>();
  for (const r of await q.orderBy('provider_id').orderBy('position').execute()) {
    const rule = { claim: r.claim, value: r.value, role: r.role, unitIds: r.unit_ids };
    map.set(r.provider_id, [...(map.get(r.provider_id) ?? []), rule]);
  }
  return map;
}

export async function replaceRules(db: Db, tenant: Tenant, providerId: string, rules: MappingRule[]) {
  await db
    .deleteFrom('sso_mapping_rule')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('provider_id', '=', providerId)
    .execute();
  if (rules.length === 0) return;
  await db
    .insertInto('sso_mapping_rule')
    .values(
      rules.map((r, position) => ({
        municipality_id: tenant.municipalityId,
        provider_id: providerId,
        position,
        claim: r.claim,
        value: r.value,
        role: r.role,
        unit_ids: JSON.stringify(r.unitIds),
      })),
    )
    .execute();
}

/** The caller's municipality (slug for the provider URLs). */
export function findMunicipality(db: Db, tenant: Tenant) {
  return db
    .selectFrom('municipality')
    .select(['id', 'name', 'slug', 'password_login'])
    .where('id', '=', tenant.municipalityId)
    .executeTakeFirstOrThrow();
}
