import { type Kysely, sql } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';

type Db = Kysely<Database>;
export interface ValueCount {
  value: number | null;
  dont_know: boolean;
  count: number;
}

/** The next day, so a date range includes its last day when compared with timestamps. */
const endOf = (to: string) => sql<Date>`(${to}::date + 1)`;

/**
 * Answer counts by item, value and period (before/during/after) for the survey items the goals follow,
 * at a set of units, in ONE statement: it starts from the responses (indexed by unit and hour) and
 * buckets them by period. Citizen items count only in citizen surveys, pulse items only in pulse rounds.
 */
export async function itemCountsByPeriod(
  db: Db,
  tenant: Tenant,
  q: {
    citizenItems: readonly string[];
    pulseItems: readonly string[];
    unitIds: readonly string[];
    periods: Record<'before' | 'during' | 'after', { from: string; to: string }>;
  },
): Promise<(ValueCount & { item_id: string; period: 'before' | 'during' | 'after' })[]> {
  if (q.unitIds.length === 0) return [];
  const { before, during, after } = q.periods;
  const period = sql<'before' | 'during' | 'after'>`case
    when r.submitted_hour < ${during.from}::date then 'before'
    when r.submitted_hour < (${during.to}::date + 1) then 'during'
    else 'after' end`;
  const rows = await db
    .selectFrom('survey_response as r')
    .innerJoin('survey as s', (j) =>
      j.onRef('s.municipality_id', '=', 'r.municipality_id').onRef('s.id', '=', 'r.survey_id'),
    )
    .innerJoin('survey_answer as a', (j) =>
      j.onRef('a.municipality_id', '=', 'r.municipality_id').onRef('a.response_id', '=', 'r.id'),
    )
    .select((eb) => [
      'a.item_id',
      'a.value',
      'a.dont_know',
      period.as('period'),
      eb.fn.countAll<number>().as('count'),
    ])
    .where('r.municipality_id', '=', tenant.municipalityId)
    .where('r.unit_id', 'in', [...q.unitIds])
    .where('r.submitted_hour', '>=', sql<Date>`${before.from}::date`)
    .where('r.submitted_hour', '<', endOf(after.to))
    .where((eb) =>
      eb.or([
        eb.and([eb('s.mode', '<>', 'pulse'), eb('a.item_id', 'in', [...q.citizenItems])]),
        eb.and([eb('s.mode', '=', 'pulse'), eb('a.item_id', 'in', [...q.pulseItems])]),
      ]),
    )
    .groupBy([sql`1`, sql`2`, sql`3`, sql`4`]) // by position: the period's parameters would not match twice
    .execute();
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/** Contacts recorded for the units in the period, and whether every unit has every month. */
export async function contactsFor(
  db: Db,
  tenant: Tenant,
  unitIds: readonly string[],
  from: string,
  to: string,
  months: number,
) {
  if (unitIds.length === 0) return null;
  const rows = await db
    .selectFrom('unit_contact_volume')
    .select((eb) => [
      'unit_id',
      eb.fn.sum<number>('contacts').as('contacts'),
      eb.fn.countAll<number>().as('months'),
    ])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('unit_id', 'in', [...unitIds])
    .where('month', '>=', `${from.slice(0, 7)}-01`)
    .where('month', '<=', to)
    .groupBy('unit_id')
    .execute();
  const complete = rows.length === unitIds.length && rows.every((r) => Number(r.months) >= months);
  return complete ? rows.reduce((s, r) => s + Number(r.contacts), 0) : null;
}

/**
 * Good-advice library entries created in a period, when the improvement cycle's library exists. The
 * table belongs to another feature, so it is looked up by name and read with plain SQL; without it the
 * goal says "no data yet" rather than 0.
 */
export async function adviceEntries(
  db: Db,
  tenant: Tenant,
  from: string,
  to: string,
): Promise<number | null> {
  const found = await sql<{ t: string | null }>`select to_regclass('improvement_advice')::text as t`.execute(
    db,
  );
  if (!found.rows[0]?.t) return null;
  try {
    const r = await sql<{ n: number }>`select count(*)::int as n from improvement_advice
      where municipality_id = ${tenant.municipalityId} and created_at >= ${from}::date and created_at < (${to}::date + 1)`.execute(
      db,
    );
    return Number(r.rows[0]?.n ?? 0);
  } catch {
    return null;
  }
}

/** Action plans of the programme: how many, how many followed up, how many shared with colleagues. */
export async function actionPlanCounts(db: Db, tenant: Tenant, programmeId: string) {
  const row = await db
    .selectFrom('dialog_action_plan')
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      sql<number>`count(*) filter (where status = 'followed_up')`.as('followed'),
      sql<number>`count(*) filter (where shared)`.as('shared'),
    ])
    .where('municipality_id', '=', tenant.municipalityId)
    .where('dialog_programme_id', '=', programmeId)
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), followed: Number(row.followed), shared: Number(row.shared) };
}
