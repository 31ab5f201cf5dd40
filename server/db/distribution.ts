import { type Kysely, sql } from 'kysely';

/**
 * How the schema distributes on Citus (see docs/SCALING.md): every table with a `municipality_id`
 * column is a tenant table, hash-distributed by it and co-located with the others; the tables below
 * are global by design and become reference tables (one copy on every node). Anything else is a
 * mistake the readiness test reports.
 */
export const REFERENCE_TABLES = ['municipality', 'token_directory'] as const;

/** Bookkeeping that stays a plain table on the coordinator (migrations run there only). */
export const COORDINATOR_TABLES = ['kysely_migration', 'kysely_migration_lock'] as const;

/** The distribution column, first in every tenant table's primary key and foreign keys. */
export const DISTRIBUTION_COLUMN = 'municipality_id';

/** The table every other tenant table is co-located with. */
export const COLOCATION_ANCHOR = 'org_unit';

export interface ForeignKey {
  name: string;
  table: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
}

/**
 * All tables of the public schema; `tenant` when it carries the distribution column and is not a
 * reference table (the token directory names a municipality per row but is global by design).
 */
export async function listTables<DB>(db: Kysely<DB>): Promise<{ name: string; tenant: boolean }[]> {
  const { rows } = await sql<{ name: string; tenant: boolean }>`
    select c.relname as name,
           exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = ${DISTRIBUTION_COLUMN}
                     and not a.attisdropped) as tenant
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p') order by c.relname`.execute(db);
  const reference = new Set<string>(REFERENCE_TABLES);
  return rows.map((r) => ({ name: r.name, tenant: r.tenant && !reference.has(r.name) }));
}

/**
 * Every primary key and unique index: its table, name and key columns (null for expressions). Column
 * lists are cast to text[]: node-postgres returns a name[] as one string, PGlite as an array.
 */
export async function listUniqueIndexes<DB>(db: Kysely<DB>) {
  const { rows } = await sql<{ table: string; name: string; columns: (string | null)[] }>`
    select t.relname as "table", i.relname as name,
           array(select a.attname from unnest(x.indkey::int2[]) with ordinality k(attnum, o)
                 left join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
                 order by k.o)::text[] as columns
    from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
    join pg_namespace n on n.oid = t.relnamespace
    where n.nspname = 'public' and (x.indisunique or x.indisprimary) order by 1, 2`.execute(db);
  return rows;
}

/** Every foreign key with its columns in key order. */
export async function listForeignKeys<DB>(db: Kysely<DB>): Promise<ForeignKey[]> {
  const { rows } = await sql<ForeignKey>`
    select c.conname as name, t.relname as "table", r.relname as "refTable",
           array(select a.attname from unnest(c.conkey) with ordinality k(n, o)
                 join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.o)::text[] as columns,
           array(select a.attname from unnest(c.confkey) with ordinality k(n, o)
                 join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.o)::text[] as "refColumns"
    from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_class r on r.oid = c.confrelid
    join pg_namespace n on n.oid = t.relnamespace
    where c.contype = 'f' and n.nspname = 'public' order by 2, 1`.execute(db);
  return rows;
}

/** User-defined triggers (not the internal ones behind foreign keys). */
export async function listTriggers<DB>(db: Kysely<DB>): Promise<{ table: string; name: string }[]> {
  const { rows } = await sql<{ table: string; name: string }>`
    select c.relname as "table", g.tgname as name
    from pg_trigger g join pg_class c on c.oid = g.tgrelid join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and not g.tgisinternal order by 1, 2`.execute(db);
  return rows;
}

/**
 * The Citus statements in an order Citus accepts: reference tables first, then the tenant tables
 * with every table after the tables its foreign keys point to (a foreign key may only point to a
 * table that is already distributed or a reference table).
 */
export async function distributionStatements<DB>(db: Kysely<DB>): Promise<string[]> {
  const tables = await listTables(db);
  const fks = await listForeignKeys(db);
  const tenant = tables.filter((t) => t.tenant).map((t) => t.name);
  const deps = new Map(tenant.map((t) => [t, new Set<string>()]));
  for (const fk of fks)
    if (fk.table !== fk.refTable && deps.has(fk.refTable)) deps.get(fk.table)?.add(fk.refTable);
  const ordered: string[] = [];
  const visit = (t: string, path: Set<string>) => {
    if (ordered.includes(t) || path.has(t)) return;
    path.add(t);
    for (const d of [...(deps.get(t) ?? [])].sort()) visit(d, path);
    ordered.push(t);
  };
  visit(COLOCATION_ANCHOR, new Set());
  for (const t of tenant) visit(t, new Set());
  return [
    ...REFERENCE_TABLES.map((t) => `SELECT create_reference_table('${t}');`),
    ...ordered.map((t) =>
      t === COLOCATION_ANCHOR
        ? `SELECT create_distributed_table('${t}', '${DISTRIBUTION_COLUMN}');`
        : `SELECT create_distributed_table('${t}', '${DISTRIBUTION_COLUMN}', colocate_with => '${COLOCATION_ANCHOR}');`,
    ),
  ];
}
