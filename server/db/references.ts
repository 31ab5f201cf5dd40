import type { Kysely } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import { AppError, type FieldError } from '../http/app-error.ts';
import type { Database } from './types.ts';

/** Tables a request may name a row of by id (every one keyed by municipality_id, id). */
export type ReferencedTable =
  | 'org_unit'
  | 'journey'
  | 'eventlog'
  | 'survey'
  | 'improvement_idea'
  | 'improvement_problem'
  | 'improvement_initiative';

/** One id in a request body, with the field that carries it (e.g. `units[2].unitId`). */
export interface Reference {
  path: string;
  table: ReferencedTable;
  id: string | null | undefined;
}

/** The ids among `ids` that are rows of `table` in the caller's municipality. */
export async function existingIds(
  db: Kysely<Database>,
  tenant: Tenant,
  table: ReferencedTable,
  ids: readonly string[],
): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Set();
  const rows = await db
    .selectFrom(table)
    .select('id')
    .where('municipality_id', '=', tenant.municipalityId)
    .where('id', 'in', unique)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * The reference rule: every id in a body must name a row of the caller's municipality. A missing id
 * and another municipality's id get the same 400, naming each field, so nothing is revealed.
 */
export async function requireReferences(
  db: Kysely<Database>,
  tenant: Tenant,
  references: readonly Reference[],
): Promise<void> {
  const given = references.filter((r): r is Reference & { id: string } => typeof r.id === 'string');
  const fields: FieldError[] = [];
  const tables = [...new Set(given.map((r) => r.table))];
  for (const table of tables) {
    const mine = given.filter((r) => r.table === table);
    const known = await existingIds(
      db,
      tenant,
      table,
      mine.map((r) => r.id),
    );
    for (const r of mine) if (!known.has(r.id)) fields.push({ path: r.path, problem: 'unknown_reference' });
  }
  if (fields.length) throw new AppError('validation_failed', {}, fields);
}
