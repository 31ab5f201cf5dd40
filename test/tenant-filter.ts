/**
 * A check over compiled SQL: does a statement that touches a tenant table name the tenant?
 *
 * On Citus a query is routed to one shard only when it pins the distribution column with an
 * equality; one that does not is fanned out to every shard (or, for a token lookup, cannot know
 * where its row lives). The check is deliberately textual, and so strict: every statement that reads
 * or writes a tenant table must compare `municipality_id` with a bound value (reads, updates, deletes) or write it
 * (inserts). It cannot tell a filter on the right table alias from one on another; the schema test
 * and the composite foreign keys cover that joins stay inside one municipality.
 */

/** Cross-tenant statements that are so by design, each with its reason (see docs/SCALING.md). */
export const CROSS_TENANT_BY_DESIGN: { pattern: RegExp; why: string }[] = [
  {
    pattern: /^select dashboard_roll_up\(\)/i,
    why: 'the roll-up job walks the queue one municipality at a time',
  },
  {
    pattern:
      /^select "d"\."municipality_id", "d"\."id", "d"\."subscription_id".* from "webhook_delivery" as "d"/i,
    why: "the one webhook worker scans every municipality's due deliveries (a fan-out per tick on a cluster)",
  },
  {
    pattern: /^select t\.municipality_id, t\.survey_id\s+from webhook_response_tick t join municipality m/i,
    why: "the once-a-minute response-count flush finds every municipality's due counts (it may land inside a recording on a busy machine)",
  },
];

const TABLE_REF = /\b(from|join|into|update)\s+(?:only\s+)?"?([a-z_][a-z0-9_]*)"?/gi;
// Compared with a bound value (`= $1`, `in ($1, …)`, `= any($1)`): a join condition alone does not count.
const FILTERED = /"?municipality_id"?\s*(?:=\s*(?:any\s*\()?|in\s*\()\s*\$\d+/i;

/** The tenant tables a statement reads (from, join, update) and writes (insert into). */
export function tenantTablesOf(statement: string, tenant: ReadonlySet<string>) {
  const read = new Set<string>();
  const written = new Set<string>();
  for (const m of statement.matchAll(TABLE_REF)) {
    const name = m[2]?.toLowerCase();
    if (name && tenant.has(name)) (m[1]?.toLowerCase() === 'into' ? written : read).add(name);
  }
  return { read: [...read], written: [...written] };
}

/** The distinct statements that touch a tenant table without naming the tenant. */
export function unscopedStatements(statements: string[], tenant: ReadonlySet<string>): string[] {
  const bad = new Set<string>();
  for (const raw of statements) {
    const s = raw.replace(/\s+/g, ' ').trim();
    if (CROSS_TENANT_BY_DESIGN.some((a) => a.pattern.test(s))) continue;
    const { read, written } = tenantTablesOf(s, tenant);
    if (read.length > 0 && !FILTERED.test(s)) bad.add(s);
    else if (written.length > 0 && !/municipality_id/i.test(s)) bad.add(s);
  }
  return [...bad];
}
