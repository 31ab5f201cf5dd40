import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/types.ts';

export interface TenantTable {
  name: string;
  /** Primary-key columns with their SQL types, for keyset paging; empty when the table has none. */
  key: { column: string; type: string }[];
}

/**
 * Every table of the schema with a `municipality_id` column, read from the catalogue at run time: a
 * table another feature adds later is exported and offboarded without anyone listing it here.
 */
export async function tenantTables(db: Kysely<Database>): Promise<TenantTable[]> {
  const tables = await sql<{ name: string }>`
    select c.table_name as name from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and c.column_name = 'municipality_id' and t.table_type = 'BASE TABLE'
    order by c.table_name`.execute(db);
  const keys = await sql<{ table: string; column: string; type: string; pos: number }>`
    select cl.relname as table, a.attname as column, format_type(a.atttypid, a.atttypmod) as type,
           array_position(i.indkey::int2[], a.attnum) as pos
    from pg_index i
    join pg_class cl on cl.oid = i.indrelid
    join pg_namespace n on n.oid = cl.relnamespace and n.nspname = current_schema()
    join pg_attribute a on a.attrelid = cl.oid and a.attnum = any(i.indkey::int2[])
    where i.indisprimary
    order by cl.relname, pos`.execute(db);
  const byTable = new Map<string, { column: string; type: string }[]>();
  for (const k of keys.rows) {
    const list = byTable.get(k.table) ?? [];
    list.push({ column: k.column, type: k.type });
    byTable.set(k.table, list);
  }
  return tables.rows.map((t) => ({ name: t.name, key: byTable.get(t.name) ?? [] }));
}

/**
 * Child tables before their parents, from the foreign keys in the catalogue, so deleting in this
 * order never trips a constraint. Tables in a cycle (none today) keep catalogue order at the end.
 */
export async function deletionOrder(db: Kysely<Database>, tables: readonly string[]): Promise<string[]> {
  const edges = await sql<{ child: string; parent: string }>`
    select c.relname as child, p.relname as parent from pg_constraint k
    join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
    join pg_namespace n on n.oid = c.relnamespace and n.nspname = current_schema()
    where k.contype = 'f' and c.oid <> p.oid`.execute(db);
  const remaining = new Set(tables);
  const order: string[] = [];
  while (remaining.size > 0) {
    // A table can go once no remaining table refers to it.
    const free = [...remaining].filter(
      (t) => !edges.rows.some((e) => e.parent === t && remaining.has(e.child)),
    );
    const next = free.length > 0 ? free : [...remaining];
    for (const t of next) {
      order.push(t);
      remaining.delete(t);
    }
  }
  return order;
}
