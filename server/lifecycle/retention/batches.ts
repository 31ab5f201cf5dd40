import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/types.ts';
import { type KindSql, period } from './kind-sql.ts';

/** Rows per statement: small enough that each transaction is over in milliseconds. */
export const BATCH_SIZE = 500;

export interface BatchResult {
  rows: number;
  /** Surveys whose responses were deleted (their rollup may need a rebuild). */
  surveys: Set<string>;
  /** Observations deleted: their photo files go too. */
  observations: string[];
}

/**
 * Deletes (or clears) the rows of one kind older than `before`, one short transaction per batch, and
 * yields to the event loop between batches, so dashboard reads and citizens' answers interleave and
 * nothing waits behind a long lock. `keepRollup` tells the dashboard trigger to leave the rollup as it
 * is (the aggregates are kept); otherwise the caller rebuilds the touched surveys once at the end.
 */
export async function deleteInBatches(
  db: Kysely<Database>,
  municipalityId: string,
  k: KindSql,
  before: Date,
  batchSize = BATCH_SIZE,
): Promise<BatchResult> {
  const result: BatchResult = { rows: 0, surveys: new Set(), observations: [] };
  const keyCols = sql.raw(k.keys.map((c) => c.replace('x.', '')).join(', '));
  const keySel = sql.raw(k.keys.join(', '));
  for (;;) {
    const candidates = sql`select ${keySel} ${k.from(municipalityId)} and ${period(k, before)} limit ${batchSize}`;
    const table = sql.raw(k.table);
    const where = sql`where t.municipality_id = ${municipalityId} and (${keyCols}) in (${candidates})`;
    const statement =
      k.action === 'clear'
        ? sql<Record<string, unknown>>`update ${table} t set attrs = null ${where} returning 1 as one`
        : sql<
            Record<string, unknown>
          >`delete from ${table} t ${where} returning ${sql.raw(returning(k.table))}`;
    const rows = await db.transaction().execute(async (tx) => {
      const deleted = (await statement.execute(tx)).rows;
      // A log's events go with it in the same transaction (no trigger does it: docs/SCALING.md).
      if (k.table === 'eventlog' && deleted.length > 0) {
        const ids = deleted.map((r) => String(r.id));
        await sql`delete from eventlog_event where municipality_id = ${municipalityId} and log_id = any(${ids}::uuid[])`.execute(
          tx,
        );
      }
      return deleted;
    });
    for (const row of rows) {
      if (typeof row.survey_id === 'string') result.surveys.add(row.survey_id);
      if (k.table === 'improvement_observation' && typeof row.id === 'string')
        result.observations.push(row.id);
    }
    result.rows += rows.length;
    if (rows.length < batchSize) return result;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function returning(table: string): string {
  if (table === 'survey_response') return 't.survey_id';
  if (table === 'improvement_observation' || table === 'eventlog') return 't.id';
  return '1 as one';
}

/** How many rows of a kind fall due in [after, before): the 14-day warning's figure. */
export async function countDue(
  db: Kysely<Database>,
  municipalityId: string,
  k: KindSql,
  before: Date,
  after?: Date,
): Promise<number> {
  const r = await sql<{
    n: number;
  }>`select count(*)::int as n ${k.from(municipalityId)} and ${period(k, before, after)}`.execute(db);
  return r.rows[0]?.n ?? 0;
}
