import { type Kysely, sql } from 'kysely';
import { RETENTION_KINDS, RETENTION_RULES, type RetentionKind } from '../../../shared/lifecycle/kinds.ts';
import type { Tenant } from '../../auth/context.ts';
import type { Database } from '../../db/types.ts';

type Db = Kysely<Database>;

export interface KindSetting {
  kind: RetentionKind;
  days: number;
  keepAggregates: boolean;
  warnedAt: Date | null;
}

/** Every kind's setting: the municipality's own where saved, the default otherwise. */
export async function loadSettings(db: Db, tenant: Tenant): Promise<KindSetting[]> {
  const rows = await db
    .selectFrom('retention_setting')
    .select(['kind', 'days', 'keep_aggregates', 'warned_at'])
    .where('municipality_id', '=', tenant.municipalityId)
    .execute();
  const byKind = new Map(rows.map((r) => [r.kind, r]));
  return RETENTION_KINDS.map((kind) => {
    const row = byKind.get(kind);
    return {
      kind,
      days: row?.days ?? RETENTION_RULES[kind].defaultDays,
      keepAggregates: row?.keep_aggregates ?? true,
      warnedAt: row?.warned_at ?? null,
    };
  });
}

/** Saves the given kinds; a changed period asks for a new warning. */
export async function saveSettings(
  db: Db,
  tenant: Tenant,
  settings: readonly { kind: RetentionKind; days: number; keepAggregates: boolean }[],
): Promise<void> {
  for (const s of settings) {
    await db
      .insertInto('retention_setting')
      .values({
        municipality_id: tenant.municipalityId,
        kind: s.kind,
        days: s.days,
        keep_aggregates: s.keepAggregates,
      })
      .onConflict((c) =>
        c.columns(['municipality_id', 'kind']).doUpdateSet({
          days: s.days,
          keep_aggregates: s.keepAggregates,
          updated_at: sql`now()`,
          warned_at: sql`case when retention_setting.days = ${s.days} then retention_setting.warned_at end`,
        }),
      )
      .execute();
  }
}

export async function markWarned(
  db: Db,
  tenant: Tenant,
  kinds: readonly RetentionKind[],
  at: Date,
): Promise<void> {
  for (const kind of kinds) {
    const days = RETENTION_RULES[kind].defaultDays;
    await db
      .insertInto('retention_setting')
      .values({ municipality_id: tenant.municipalityId, kind, days, warned_at: at })
      .onConflict((c) => c.columns(['municipality_id', 'kind']).doUpdateSet({ warned_at: at }))
      .execute();
  }
}

export async function loadState(db: Db, tenant: Tenant) {
  return db
    .selectFrom('retention_state')
    .select(['last_run_at', 'last_result'])
    .where('municipality_id', '=', tenant.municipalityId)
    .executeTakeFirst();
}

export async function saveState(db: Db, tenant: Tenant, at: Date, result: unknown): Promise<void> {
  const json = JSON.stringify(result);
  await db
    .insertInto('retention_state')
    .values({ municipality_id: tenant.municipalityId, last_run_at: at, last_result: json })
    .onConflict((c) => c.column('municipality_id').doUpdateSet({ last_run_at: at, last_result: json }))
    .execute();
}

/** Municipalities whose last run is older than `before` (or that never ran): the daily job's work list. */
export async function dueMunicipalities(db: Db, before: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('municipality as m')
    .leftJoin('retention_state as s', 's.municipality_id', 'm.id')
    .select('m.id')
    .where((eb) => eb.or([eb('s.last_run_at', 'is', null), eb('s.last_run_at', '<', before)]))
    .execute();
  return rows.map((r) => r.id);
}

/** The municipality's suppression threshold: rollup rows below it are not kept. */
export async function minGroupSize(db: Db, tenant: Tenant): Promise<number> {
  const row = await db
    .selectFrom('municipality')
    .select('min_group_size')
    .where('id', '=', tenant.municipalityId)
    .executeTakeFirstOrThrow();
  return row.min_group_size;
}
