import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/types.ts';
import type { TenantTable } from './tenant-tables.ts';

/** Rows per page: memory stays flat however large the table. */
export const PAGE_ROWS = 1000;

/**
 * Columns never exported: credentials and keys (password hashes, session and CSRF tokens, the
 * event-log pseudonymisation key). A municipality moving elsewhere needs its data, not our secrets.
 */
export const REDACTED_COLUMNS = ['password_hash', 'token_hash', 'csrf_token', 'secret'] as const;

/**
 * One table's rows of a municipality as JSON objects, a page at a time in primary-key order (keyset
 * paging, so each page is an index range however deep into the table). Values come from `to_jsonb`,
 * so both drivers write the same text for dates, numbers and arrays.
 */
export async function* tableRows(
  db: Kysely<Database>,
  table: TenantTable,
  municipalityId: string,
): AsyncGenerator<Record<string, unknown>[]> {
  const redact = sql.raw(REDACTED_COLUMNS.map((c) => ` - '${c}'`).join(''));
  const name = sql.raw(`"${table.name}"`);
  const keyCols = table.key.length > 0 ? table.key.map((k) => `t."${k.column}"`) : ['t.ctid'];
  const keyTypes = table.key.length > 0 ? table.key.map((k) => k.type) : ['tid'];
  const keyText = sql.raw(keyCols.map((c, i) => `${c}::text as k${i}`).join(', '));
  const order = sql.raw(keyCols.join(', '));
  let after: string[] | null = null;
  for (;;) {
    const cursor: ReturnType<typeof sql> = after
      ? sql`and (${order}) > (${sql.join(after.map((v, i) => sql`cast(${v} as ${sql.raw(keyTypes[i] ?? 'text')})`))})`
      : sql``;
    const page = await sql<Record<string, unknown> & { j: Record<string, unknown> }>`
      select to_jsonb(t)${redact} as j, ${keyText} from ${name} t
      where t.municipality_id = ${municipalityId} ${cursor} order by ${order} limit ${PAGE_ROWS}`.execute(db);
    if (page.rows.length === 0) return;
    yield page.rows.map((r) => r.j);
    const last = page.rows.at(-1);
    after = keyCols.map((_, i) => String(last?.[`k${i}`]));
    if (page.rows.length < PAGE_ROWS) return;
  }
}
