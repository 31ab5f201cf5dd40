import { type CreateTableBuilder, type Kysely, sql } from 'kysely';

type Table = CreateTableBuilder<string, string>;

/** Tenant columns first, as everywhere: municipality_id leads the primary key and every foreign key. */
function tenantTable(db: Kysely<unknown>, name: string): Table {
  return db.schema.createTable(name).addColumn('municipality_id', 'uuid', (c) => c.notNull());
}

function fk(t: Table, name: string, column: string, target: string, cascade = false): Table {
  return t.addForeignKeyConstraint(
    name,
    ['municipality_id', column],
    target,
    ['municipality_id', 'id'],
    (c) => (cascade ? c.onDelete('cascade') : c),
  );
}

const now = sql`now()`;
const uuid = sql`gen_random_uuid()`;

/**
 * The improvement cycle (issue 6): observation sessions and observations (ids made by the phone, so a
 * retried sync is an upsert), interviews with screened notes and quotes, problems grouping evidence,
 * ideas, initiatives with measures fixed before the start, and the good-advice library.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  let t = tenantTable(db, 'improvement_session')
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('unit_id', 'uuid', (c) => c.notNull())
    .addColumn('observer_id', 'uuid', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ended_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint('improvement_session_pk', ['municipality_id', 'id'])
    .addCheckConstraint('improvement_session_end_ck', sql`ended_at is null or ended_at >= started_at`);
  await fk(
    fk(t, 'improvement_session_unit_fk', 'unit_id', 'org_unit'),
    'improvement_session_user_fk',
    'observer_id',
    'app_user',
  ).execute();

  t = tenantTable(db, 'improvement_observation')
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('session_id', 'uuid', (c) => c.notNull())
    .addColumn('observed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('citizens', 'integer', (c) => c.notNull().defaultTo(1).check(sql`citizens between 0 and 500`))
    .addColumn('severity', 'smallint', (c) => c.notNull().defaultTo(1).check(sql`severity between 1 and 3`))
    .addColumn('tags', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('photo_type', 'text')
    .addColumn('created_by', 'uuid', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint('improvement_observation_pk', ['municipality_id', 'id']);
  await fk(t, 'improvement_observation_session_fk', 'session_id', 'improvement_session', true).execute();
  await db.schema
    .createIndex('improvement_observation_session_idx')
    .on('improvement_observation')
    .columns(['municipality_id', 'session_id'])
    .execute();

  t = tenantTable(db, 'improvement_interview')
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(uuid))
    .addColumn('unit_id', 'uuid')
    .addColumn('held_at', 'timestamptz', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('citizen', 'relative', 'employee')`))
    .addColumn('profession', 'text')
    .addColumn('consent', 'boolean', (c) => c.notNull())
    .addColumn('guide', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'uuid', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint('improvement_interview_pk', ['municipality_id', 'id'])
    // Nothing may be kept from someone who did not agree to it.
    .addCheckConstraint('improvement_interview_consent_ck', sql`consent`);
  await fk(t, 'improvement_interview_unit_fk', 'unit_id', 'org_unit').execute();

  t = tenantTable(db, 'improvement_quote')
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(uuid))
    .addColumn('interview_id', 'uuid', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('improvement_quote_pk', ['municipality_id', 'id']);
  await fk(t, 'improvement_quote_interview_fk', 'interview_id', 'improvement_interview', true).execute();

  t = tenantTable(db, 'improvement_problem')
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(uuid))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'uuid', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint('improvement_problem_pk', ['municipality_id', 'id']);
  await t.execute();

  // One row per grouped piece of evidence: the key (kind, ref) makes each piece sit in one problem.
  t = tenantTable(db, 'improvement_evidence')
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('observation', 'quote', 'survey_text', 'journey_pain')`),
    )
    .addColumn('ref', 'text', (c) => c.notNull())
    .addColumn('problem_id', 'uuid', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint('improvement_evidence_pk', ['municipality_id', 'kind', 'ref']);
  await fk(t, 'improvement_evidence_problem_fk', 'problem_id', 'improvement_problem', true).execute();

  await createIdeas(db);
  await createInitiatives(db);
}

async function createIdeas(db: Kysely<unknown>): Promise<void> {
  let t = tenantTable(db, 'improvement_idea')
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(uuid))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('professions', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('effort', 'smallint', (c) => c.notNull().defaultTo(2).check(sql`effort between 1 and 3`))
    .addColumn('impact', 'smallint', (c) => c.notNull().defaultTo(2).check(sql`impact between 1 and 3`))
    .addColumn('votes', 'integer', (c) => c.notNull().defaultTo(0).check(sql`votes >= 0`))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('proposed')
        .check(sql`status in ('proposed', 'selected', 'testing', 'adopted', 'rejected')`),
    )
    .addColumn('created_by', 'uuid', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint('improvement_idea_pk', ['municipality_id', 'id']);
  await t.execute();

  t = tenantTable(db, 'improvement_idea_problem')
    .addColumn('idea_id', 'uuid', (c) => c.notNull())
    .addColumn('problem_id', 'uuid', (c) => c.notNull())
    .addPrimaryKeyConstraint('improvement_idea_problem_pk', ['municipality_id', 'idea_id', 'problem_id']);
  t = fk(t, 'improvement_idea_problem_idea_fk', 'idea_id', 'improvement_idea', true);
  await fk(t, 'improvement_idea_problem_problem_fk', 'problem_id', 'improvement_problem', true).execute();
}

async function createInitiatives(db: Kysely<unknown>): Promise<void> {
  let t = tenantTable(db, 'improvement_initiative')
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(uuid))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('background', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('owner', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('design', 'text', (c) =>
      c.notNull().defaultTo('before_after').check(sql`design in ('before_after', 'comparison')`),
    )
    .addColumn('baseline_start', 'timestamptz')
    .addColumn('baseline_end', 'timestamptz')
    .addColumn('test_start', 'timestamptz', (c) => c.notNull())
    .addColumn('test_end', 'timestamptz', (c) => c.notNull())
    // Item ids, observation categories and manual counts: validated by server/improvement/schema.ts.
    .addColumn('measures', 'jsonb', (c) => c.notNull())
    .addColumn('success_criteria', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('recommendations', 'text', (c) => c.notNull().defaultTo(''))
    // Set when the test starts; from then on measures and success criteria cannot change.
    .addColumn('started_at', 'timestamptz')
    .addColumn('report_token', 'text')
    .addColumn('created_by', 'uuid', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint('improvement_initiative_pk', ['municipality_id', 'id']);
  await t.execute();
  // The public report link names only the token, so it is found without knowing the municipality.
  await db.schema
    .createIndex('improvement_initiative_token_uq')
    .on('improvement_initiative')
    .column('report_token')
    .unique()
    .where(sql.ref('report_token'), 'is not', null)
    .execute();

  t = tenantTable(db, 'improvement_initiative_idea')
    .addColumn('initiative_id', 'uuid', (c) => c.notNull())
    .addColumn('idea_id', 'uuid', (c) => c.notNull())
    .addPrimaryKeyConstraint('improvement_initiative_idea_pk', [
      'municipality_id',
      'initiative_id',
      'idea_id',
    ]);
  t = fk(t, 'improvement_initiative_idea_initiative_fk', 'initiative_id', 'improvement_initiative', true);
  await fk(t, 'improvement_initiative_idea_idea_fk', 'idea_id', 'improvement_idea', true).execute();

  t = tenantTable(db, 'improvement_initiative_unit')
    .addColumn('initiative_id', 'uuid', (c) => c.notNull())
    .addColumn('unit_id', 'uuid', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('test', 'comparison')`))
    .addPrimaryKeyConstraint('improvement_initiative_unit_pk', [
      'municipality_id',
      'initiative_id',
      'unit_id',
    ]);
  t = fk(t, 'improvement_initiative_unit_initiative_fk', 'initiative_id', 'improvement_initiative', true);
  await fk(t, 'improvement_initiative_unit_unit_fk', 'unit_id', 'org_unit').execute();

  t = tenantTable(db, 'improvement_advice')
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(uuid))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('why', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('evidence', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('initiative_id', 'uuid')
    .addColumn('created_by', 'uuid', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint('improvement_advice_pk', ['municipality_id', 'id']);
  await fk(t, 'improvement_advice_initiative_fk', 'initiative_id', 'improvement_initiative').execute();
}

const TABLES = [
  'improvement_advice',
  'improvement_initiative_unit',
  'improvement_initiative_idea',
  'improvement_initiative',
  'improvement_idea_problem',
  'improvement_idea',
  'improvement_evidence',
  'improvement_problem',
  'improvement_quote',
  'improvement_interview',
  'improvement_observation',
  'improvement_session',
];

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) await db.schema.dropTable(table).execute();
}
