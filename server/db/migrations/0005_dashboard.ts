import { type Kysely, sql } from 'kysely';
import { ROLLUP_FUNCTIONS_SQL, ROLLUP_TRIGGERS_SQL } from './0005_dashboard_sql.ts';

/**
 * Pre-aggregation for the experience dashboard (watermark-free "pending queue" scheme):
 * - `dashboard_rollup` holds sufficient statistics per municipality, tier (ISO week/month), bucket, unit,
 *   survey, item and channel, plus answer counts by value.
 * - `dashboard_pending` lists responses not yet rolled up. A statement-level trigger appends to it in
 *   the submitting transaction (append-only, no shared row is updated, so 50 concurrent submitters do
 *   not queue on a hot rollup row). A background step moves pending responses into the rollup in one
 *   transaction. Reads add the rollup and the raw answers of pending responses in ONE statement, so
 *   every figure is exact at any moment.
 * - Updates and deletes of responses or answers (rare: corrections, erasure) rebuild the affected
 *   surveys' rollup rows synchronously.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('dashboard_rollup')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull())
    .addColumn('grain', 'char(1)', (c) => c.notNull().check(sql`grain in ('w', 'm')`))
    .addColumn('unit_id', 'uuid', (c) => c.notNull())
    .addColumn('bucket', 'date', (c) => c.notNull())
    .addColumn('survey_id', 'uuid', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('sum', 'float8', (c) => c.notNull())
    .addColumn('sum_sq', 'float8', (c) => c.notNull())
    .addColumn('dont_know', 'integer', (c) => c.notNull())
    .addColumn('c1', 'integer', (c) => c.notNull())
    .addColumn('c2', 'integer', (c) => c.notNull())
    .addColumn('c3', 'integer', (c) => c.notNull())
    .addColumn('c4', 'integer', (c) => c.notNull())
    .addColumn('c5', 'integer', (c) => c.notNull())
    .addColumn('c6', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('dashboard_rollup_pk', [
      'municipality_id',
      'grain',
      'unit_id',
      'bucket',
      'survey_id',
      'item_id',
      'channel',
    ])
    .execute();
  // Covering indexes, so reads are index-only scans over one contiguous range: municipality-wide
  // reads of every item (the overview) by tier, channel ('*' = all) and period; reads of one item
  // (trend, unit comparison) by item too. Autovacuum runs often to keep pages all-visible.
  const stats = 'n, sum, sum_sq, dont_know, c1, c2, c3, c4, c5, c6';
  await sql
    .raw(`create index dashboard_rollup_bucket_idx on dashboard_rollup
          (municipality_id, grain, channel, bucket) include (unit_id, survey_id, item_id, ${stats})`)
    .execute(db);
  await sql
    .raw(`create index dashboard_rollup_item_idx on dashboard_rollup
          (municipality_id, grain, item_id, channel, bucket) include (unit_id, survey_id, ${stats})`)
    .execute(db);
  await sql`alter table dashboard_rollup set (autovacuum_vacuum_scale_factor = 0.01,
            autovacuum_vacuum_insert_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.02)`.execute(
    db,
  );

  await db.schema
    .createTable('dashboard_pending')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull())
    .addColumn('response_id', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('dashboard_pending_pk', ['municipality_id', 'response_id'])
    .execute();

  // One statement per call: prepared statements (PGlite, pg with parameters) refuse several.
  for (const text of [ROLLUP_FUNCTIONS_SQL, ROLLUP_TRIGGERS_SQL]) {
    for (const statement of text.split(/;\s*\n(?=(?:--.*\n)*create )/)) await sql.raw(statement).execute(db);
  }
  // Responses stored before this migration go through the same path as new ones.
  await sql`insert into dashboard_pending (municipality_id, response_id)
            select municipality_id, id from survey_response`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['survey_response', 'survey_answer']) {
    for (const e of ['ins', 'upd', 'del'])
      await sql.raw(`drop trigger if exists dashboard_${e} on ${t}`).execute(db);
  }
  for (const f of [
    'dashboard_on_response_insert',
    'dashboard_on_answer_insert',
    'dashboard_on_change',
    'dashboard_roll_up',
    'dashboard_rebuild',
    'dashboard_add',
    'dashboard_facts',
  ]) {
    await sql.raw(`drop function if exists ${f} cascade`).execute(db);
  }
  await db.schema.dropTable('dashboard_pending').execute();
  await db.schema.dropTable('dashboard_rollup').execute();
}
