import { type Kysely, sql } from 'kysely';

/** A reference column and the table it points to; every key leads with municipality_id. */
interface Reference {
  table: string;
  column: string;
  target: string;
  /** What happens to the row when the target goes: nothing is hard-deleted today except as noted. */
  onDelete: 'no action' | 'set null';
}

/**
 * Units are archived, never deleted, so a unit reference keeps the default (refuse the delete).
 * A survey's journey and previous version are context: if one is ever deleted (data retention), the
 * survey stays and loses the link (`set null` of that column only, so municipality_id stays).
 */
const REFERENCES: Reference[] = [
  { table: 'survey', column: 'journey_id', target: 'journey', onDelete: 'set null' },
  { table: 'survey', column: 'previous_version_id', target: 'survey', onDelete: 'set null' },
  { table: 'survey_response', column: 'unit_id', target: 'org_unit', onDelete: 'no action' },
  { table: 'kiosk_device', column: 'unit_id', target: 'org_unit', onDelete: 'no action' },
  { table: 'smiley_press', column: 'unit_id', target: 'org_unit', onDelete: 'no action' },
  { table: 'dialog_note', column: 'unit_id', target: 'org_unit', onDelete: 'no action' },
  { table: 'dialog_action_plan', column: 'unit_id', target: 'org_unit', onDelete: 'no action' },
];

/** The improvement tables that had no key at all, not even to their municipality. */
const TENANT_ONLY = ['improvement_problem', 'improvement_idea', 'improvement_initiative'];

const name = (r: Reference) => `${r.table}_${r.column.replace(/_id$/, '')}_fk`;

/**
 * Issue 12: every reference column gets a foreign key that includes municipality_id, so no row can
 * point into another municipality (the API also checks each id against the caller's municipality).
 * Rows written before, whose nullable reference points into another municipality or nowhere, lose
 * that reference; a not-null one (an action plan's unit) keeps its row and its key is added
 * NOT VALID, so new rows are checked and the old row is left for a person to correct.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of TENANT_ONLY) {
    await sql`alter table ${sql.table(table)} add constraint ${sql.id(`${table}_municipality_fk`)}
      foreign key (municipality_id) references municipality (id)`.execute(db);
  }
  for (const r of REFERENCES) {
    const orphan = sql`${sql.ref(`t.${r.column}`)} is not null and not exists (
      select 1 from ${sql.table(r.target)} x where x.municipality_id = t.municipality_id and x.id = ${sql.ref(`t.${r.column}`)})`;
    const nullable = await sql<{
      nullable: string;
    }>`select is_nullable as nullable from information_schema.columns
      where table_schema = current_schema() and table_name = ${r.table} and column_name = ${r.column}`.execute(
      db,
    );
    if (nullable.rows[0]?.nullable === 'YES')
      await sql`update ${sql.table(r.table)} t set ${sql.id(r.column)} = null where ${orphan}`.execute(db);
    const action = r.onDelete === 'set null' ? sql`on delete set null (${sql.id(r.column)})` : sql``;
    await sql`alter table ${sql.table(r.table)} add constraint ${sql.id(name(r))}
      foreign key (municipality_id, ${sql.id(r.column)}) references ${sql.table(r.target)} (municipality_id, id)
      ${action} not valid`.execute(db);
    const left = await sql<{
      n: number;
    }>`select count(*)::int as n from ${sql.table(r.table)} t where ${orphan}`.execute(db);
    if ((left.rows[0]?.n ?? 0) === 0)
      await sql`alter table ${sql.table(r.table)} validate constraint ${sql.id(name(r))}`.execute(db);
  }
  // The reverse look-ups the keys need when a target row changes (journeys, surveys: no index yet).
  await sql`create index survey_journey_idx on survey (municipality_id, journey_id) where journey_id is not null`.execute(
    db,
  );
  await sql`create index survey_previous_idx on survey (municipality_id, previous_version_id) where previous_version_id is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index survey_previous_idx`.execute(db);
  await sql`drop index survey_journey_idx`.execute(db);
  for (const r of [...REFERENCES].reverse())
    await sql`alter table ${sql.table(r.table)} drop constraint ${sql.id(name(r))}`.execute(db);
  for (const table of TENANT_ONLY)
    await sql`alter table ${sql.table(table)} drop constraint ${sql.id(`${table}_municipality_fk`)}`.execute(
      db,
    );
}
