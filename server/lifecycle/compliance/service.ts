import type { Kysely } from 'kysely';
import { COMPLIANCE_FIELDS, type ComplianceProfile } from '../../../shared/api/lifecycle.ts';
import { buildCompliancePack, type CompliancePack } from '../../../shared/lifecycle/compliance-pack.ts';
import type { ComplianceLang } from '../../../shared/lifecycle/compliance-text.ts';
import { RETENTION_RULES } from '../../../shared/lifecycle/kinds.ts';
import { recordAudit } from '../../audit/repository.ts';
import type { AuthContext, Tenant } from '../../auth/context.ts';
import type { AppConfig } from '../../config.ts';
import type { DatabaseKind } from '../../db/database.ts';
import type { Database } from '../../db/types.ts';
import { loadSettings, minGroupSize } from '../retention/repository.ts';

type Db = Kysely<Database>;

/** The fields the admin entered, every one present (empty when not yet filled in). */
export async function loadProfile(db: Db, tenant: Tenant): Promise<ComplianceProfile> {
  const row = await db
    .selectFrom('compliance_profile')
    .select('fields')
    .where('municipality_id', '=', tenant.municipalityId)
    .executeTakeFirst();
  const saved = row?.fields ?? {};
  return Object.fromEntries(COMPLIANCE_FIELDS.map((f) => [f, saved[f] ?? ''])) as ComplianceProfile;
}

export async function saveProfile(db: Db, auth: AuthContext, profile: ComplianceProfile): Promise<void> {
  const fields = JSON.stringify(profile);
  await db
    .insertInto('compliance_profile')
    .values({ municipality_id: auth.municipalityId, fields })
    .onConflict((c) => c.column('municipality_id').doUpdateSet({ fields, updated_at: new Date() }))
    .execute();
  await recordAudit(db, auth, auth.userId, 'compliance.profile', null, {});
}

/** The pack from the live configuration: retention as set now, threshold, TLS, database, mail. */
export async function compliancePack(
  db: Db,
  tenant: Tenant,
  lang: ComplianceLang,
  env: { config: AppConfig; dbKind: DatabaseKind; now: Date },
): Promise<CompliancePack> {
  const [municipality, profile, settings, threshold] = await Promise.all([
    db
      .selectFrom('municipality')
      .select(['name', 'country'])
      .where('id', '=', tenant.municipalityId)
      .executeTakeFirstOrThrow(),
    loadProfile(db, tenant),
    loadSettings(db, tenant),
    minGroupSize(db, tenant),
  ]);
  return buildCompliancePack({
    lang,
    municipality,
    profile,
    retention: settings.map((s) => ({ ...s, aggregatesPossible: RETENTION_RULES[s.kind].aggregates })),
    minGroupSize: threshold,
    tls: env.config.secureCookies,
    database: env.dbKind,
    smtp: Boolean(process.env.BORGERBLIK_SMTP_URL),
    generatedAt: env.now.toISOString(),
  });
}
