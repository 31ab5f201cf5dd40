import { rm } from 'node:fs/promises';
import { type Kysely, sql } from 'kysely';
import { cutoff, RETENTION_RULES, type RetentionKind } from '../../../shared/lifecycle/kinds.ts';
import { recordAudit } from '../../audit/repository.ts';
import type { Tenant } from '../../auth/context.ts';
import type { Database } from '../../db/types.ts';
import { photoPath } from '../../improvement/observations/photos.ts';
import { deleteInBatches } from './batches.ts';
import { KIND_SQL } from './kind-sql.ts';
import { type KindSetting, loadSettings, minGroupSize, saveState } from './repository.ts';

type Db = Kysely<Database>;

export interface KindOutcome {
  kind: RetentionKind;
  days: number;
  /** Rows older than this were deleted (ISO time). */
  before: string;
  rows: number;
  aggregatesKept: boolean;
}

export interface RunOptions {
  now: Date;
  trigger: 'schedule' | 'manual';
  actorUserId: string | null;
  /** Data folder: observation photos are removed with their rows. */
  dataDir: string;
}

/**
 * One retention run for a municipality: every kind in turn, in small batches (see batches.ts), then
 * one audit entry listing what was deleted per kind and up to when. Rows under legal hold are never
 * candidates. Returns the per-kind outcome.
 */
export async function runRetention(db: Db, tenant: Tenant, options: RunOptions): Promise<KindOutcome[]> {
  const m = tenant.municipalityId;
  const settings = await loadSettings(db, tenant);
  // Responses still queued for the dashboard are rolled up first, so their aggregates exist before
  // the raw rows go.
  await sql`select dashboard_roll_up()`.execute(db);
  const outcomes: KindOutcome[] = [];
  for (const setting of settings) outcomes.push(await runKind(db, tenant, setting, options));
  await db.transaction().execute(async (tx) => {
    await recordAudit(
      tx,
      tenant,
      options.actorUserId,
      'retention.run',
      null,
      {
        trigger: options.trigger,
        at: options.now.toISOString(),
        kinds: outcomes,
      },
      options.now,
    );
    await saveState(tx, { municipalityId: m }, options.now, outcomes);
  });
  return outcomes;
}

async function runKind(db: Db, tenant: Tenant, s: KindSetting, options: RunOptions): Promise<KindOutcome> {
  const m = tenant.municipalityId;
  const before = cutoff(options.now, s.days);
  const result = await deleteInBatches(db, m, KIND_SQL[s.kind], before);
  const keep = RETENTION_RULES[s.kind].aggregates && s.keepAggregates;
  if (result.surveys.size > 0) {
    if (keep) await dropSmallAggregates(db, tenant, [...result.surveys], before);
    // Without kept aggregates the figures follow the remaining responses: one rebuild per survey.
    else
      for (const survey of result.surveys) await sql`select dashboard_rebuild(${m}, ${survey})`.execute(db);
  }
  for (const id of result.observations) await rm(photoPath(options.dataDir, m, id), { force: true });
  if (s.kind === 'eventlog_raw') await clearCaseAttributes(db, m, before);
  return {
    kind: s.kind,
    days: s.days,
    before: before.toISOString(),
    rows: result.rows,
    aggregatesKept: keep,
  };
}

/**
 * Kept aggregates are the rollup rows at or above the suppression threshold: a row counting fewer
 * answers than the threshold could point at a person once the raw rows are gone, so it goes too
 * (only for periods wholly before the cut-off; later periods still have their raw rows).
 */
async function dropSmallAggregates(db: Db, tenant: Tenant, surveys: string[], before: Date): Promise<void> {
  const threshold = await minGroupSize(db, tenant);
  await sql`delete from dashboard_rollup where municipality_id = ${tenant.municipalityId}
    and survey_id = any(${surveys}::uuid[]) and n < ${threshold}
    and (case grain when 'w' then bucket + 7 else (bucket + interval '1 month')::date end)
        <= (${before.toISOString()}::timestamptz at time zone 'Europe/Copenhagen')::date`.execute(db);
}

async function clearCaseAttributes(db: Db, m: string, before: Date): Promise<void> {
  await sql`update eventlog_case c set attrs = null from eventlog l
    where c.municipality_id = ${m} and l.municipality_id = ${m} and l.id = c.log_id and c.attrs is not null
      and l.created_at < ${before.toISOString()}::timestamptz
      and not exists (select 1 from legal_hold h where h.municipality_id = ${m}
        and h.target_type = 'eventlog' and h.target_id = l.id)`.execute(db);
}
