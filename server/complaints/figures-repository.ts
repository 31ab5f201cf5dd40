import { type Kysely, sql } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';

type Db = Kysely<Database>;

/** The municipality's minimum group size (the dashboard's small-group rule). */
export async function municipalityMinGroupSize(db: Db, tenant: Tenant): Promise<number> {
  const row = await db
    .selectFrom('municipality')
    .select('min_group_size')
    .where('id', '=', tenant.municipalityId)
    .executeTakeFirstOrThrow();
  return row.min_group_size;
}

/**
 * Complaint counts per unit for a period: total, about process, about decision, answered, and the
 * median days to answer (percentile_cont, the same on PostgreSQL and PGlite).
 */
export function countsByUnit(db: Db, tenant: Tenant, from: string, to: string, unitIds?: readonly string[]) {
  let q = db
    .selectFrom('complaint')
    .select((eb) => [
      'unit_id',
      eb.fn.countAll<number>().as('count'),
      sql<number>`count(*) filter (where about_process)`.as('process'),
      sql<number>`count(*) filter (where about_decision)`.as('decision'),
      sql<number>`count(answered_on)`.as('answered'),
      sql<number | null>`percentile_cont(0.5) within group (order by answered_on - received_on)
        filter (where answered_on is not null)`.as('median_days'),
    ])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('received_on', '>=', from)
    .where('received_on', '<=', to)
    .groupBy('unit_id');
  if (unitIds)
    q = q.where('unit_id', 'in', unitIds.length ? [...unitIds] : ['00000000-0000-0000-0000-000000000000']);
  return q.execute();
}

/** Complaints per unit and month (YYYY-MM) in a period, for trends. */
export function monthlyCounts(db: Db, tenant: Tenant, from: string, to: string) {
  return db
    .selectFrom('complaint')
    .select((eb) => [
      'unit_id',
      sql<string>`to_char(received_on, 'YYYY-MM')`.as('month'),
      eb.fn.countAll<number>().as('count'),
    ])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('received_on', '>=', from)
    .where('received_on', '<=', to)
    .groupBy(['unit_id', sql`to_char(received_on, 'YYYY-MM')`])
    .execute();
}

/**
 * Recorded contacts per unit in the period's months, with how many months were recorded: a rate is only
 * fair when every month of the period has a volume.
 */
export function contactsByUnit(db: Db, tenant: Tenant, from: string, to: string) {
  return db
    .selectFrom('unit_contact_volume')
    .select((eb) => [
      'unit_id',
      eb.fn.sum<number>('contacts').as('contacts'),
      eb.fn.countAll<number>().as('months'),
    ])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('month', '>=', `${from.slice(0, 7)}-01`)
    .where('month', '<=', to)
    .groupBy('unit_id')
    .execute();
}

/** Complaint counts for a set of units pooled together (a true pooled median, not a median of medians). */
export async function pooledCounts(
  db: Db,
  tenant: Tenant,
  from: string,
  to: string,
  unitIds: readonly string[],
) {
  if (unitIds.length === 0)
    return { count: 0, process: 0, decision: 0, answered: 0, medianDaysToAnswer: null };
  const row = await db
    .selectFrom('complaint')
    .select((eb) => [
      eb.fn.countAll<number>().as('count'),
      sql<number>`count(*) filter (where about_process)`.as('process'),
      sql<number>`count(*) filter (where about_decision)`.as('decision'),
      sql<number>`count(answered_on)`.as('answered'),
      sql<number | null>`percentile_cont(0.5) within group (order by answered_on - received_on)
        filter (where answered_on is not null)`.as('median_days'),
    ])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('received_on', '>=', from)
    .where('received_on', '<=', to)
    .where('unit_id', 'in', [...unitIds])
    .executeTakeFirstOrThrow();
  return {
    count: Number(row.count),
    process: Number(row.process),
    decision: Number(row.decision),
    answered: Number(row.answered),
    medianDaysToAnswer: row.median_days === null ? null : Number(row.median_days),
  };
}
