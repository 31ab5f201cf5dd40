import { type Kysely, sql } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';

type Db = Kysely<Database>;

export interface StaffInterview {
  heldOn: string;
  unitId: string | null;
  notes: string;
  quotes: string[];
}

/**
 * Staff interviews (focus groups) from the improvement cycle's interview machinery, held at the
 * programme's units before it started. That feature owns the tables, so they are found by name and read
 * with plain SQL; while they do not exist the plan shows only its own focus-group notes.
 */
export async function staffInterviewsBefore(
  db: Db,
  tenant: Tenant,
  unitIds: readonly string[],
  before: string,
): Promise<StaffInterview[]> {
  if (unitIds.length === 0) return [];
  const found = await sql<{ t: string | null }>`select to_regclass('improvement_interview')::text as t,
    to_regclass('improvement_quote')::text as q`.execute(db);
  if (!found.rows[0]?.t) return [];
  const rows = await sql<{ id: string; held_on: string; unit_id: string | null; notes: string }>`
    select id, held_at::date::text as held_on, unit_id, notes from improvement_interview
    where municipality_id = ${tenant.municipalityId} and role = 'employee'
      and unit_id in (${sql.join(unitIds.map((u) => sql`${u}::uuid`))})
      and held_at < ${before}::date
    order by held_at`.execute(db);
  if (rows.rows.length === 0) return [];
  const quotes = await sql<{ interview_id: string; body: string }>`
    select interview_id, body from improvement_quote
    where municipality_id = ${tenant.municipalityId}
      and interview_id in (${sql.join(rows.rows.map((r) => sql`${r.id}::uuid`))})
    order by position`.execute(db);
  return rows.rows.map((r) => ({
    heldOn: r.held_on,
    unitId: r.unit_id,
    notes: r.notes,
    quotes: quotes.rows.filter((q) => q.interview_id === r.id).map((q) => q.body),
  }));
}
