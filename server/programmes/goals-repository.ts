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
 * Answer counts by value for survey items answered in a period at a set of units. `mode` picks
 * citizen surveys (anything but 'pulse') or the employee pulse.
 */
export async function itemCounts(
  db: Db,
  tenant: Tenant,
  q: { itemIds: readonly string[]; unitIds: readonly string[]; from: string; to: string; pulse: boolean },
): Promise<(ValueCount & { item_id: string })[]> {
  if (q.unitIds.length === 0 || q.itemIds.length === 0) return [];
  const rows = await db
    .selectFrom('survey_answer as a')
    .innerJoin('survey_response as r', (j) =>
      j.onRef('r.municipality_id', '=', 'a.municipality_id').onRef('r.id', '=', 'a.response_id'),
    )
    .innerJoin('survey as s', (j) =>
      j.onRef('s.municipality_id', '=', 'r.municipality_id').onRef('s.id', '=', 'r.survey_id'),
    )
    .select((eb) => ['a.item_id', 'a.value', 'a.dont_know', eb.fn.countAll<number>().as('count')])
    .where('a.municipality_id', '=', tenant.municipalityId)
    .where('a.item_id', 'in', [...q.itemIds])
    .where('r.unit_id', 'in', [...q.unitIds])
    .where('r.submitted_hour', '>=', sql<Date>`${q.from}::date`)
    .where('r.submitted_hour', '<', endOf(q.to))
    .where('s.mode', q.pulse ? '=' : '<>', 'pulse')
    .groupBy(['a.item_id', 'a.value', 'a.dont_know'])
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
