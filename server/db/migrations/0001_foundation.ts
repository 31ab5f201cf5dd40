import { type Kysely, sql } from 'kysely';

/**
 * Tenancy, organisation, accounts, sessions and the audit log.
 * Every tenant table has municipality_id first in its primary key and in its foreign keys, so the
 * schema can be distributed by municipality (Citus) without redesign.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('municipality')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull().check(sql`country in ('DK', 'NO')`))
    .addColumn('min_group_size', 'integer', (c) =>
      c.notNull().defaultTo(5).check(sql`min_group_size between 3 and 20`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('org_unit')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('municipality.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('parent_id', 'uuid')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('administration', 'department', 'unit')`),
    )
    .addColumn('is_entrance', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('archived_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('org_unit_pk', ['municipality_id', 'id'])
    .addForeignKeyConstraint('org_unit_parent_fk', ['municipality_id', 'parent_id'], 'org_unit', [
      'municipality_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('org_unit_parent_idx')
    .on('org_unit')
    .columns(['municipality_id', 'parent_id'])
    .execute();

  await db.schema
    .createTable('app_user')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('municipality.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'analyst', 'staff', 'viewer')`))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('da').check(sql`locale in ('da', 'nb', 'en')`))
    .addColumn('must_change_password', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'timestamptz')
    .addColumn('last_login_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('app_user_pk', ['municipality_id', 'id'])
    .execute();
  // Login names the e-mail only, so it must find one account across tenants. Under Citus this
  // lookup moves to a small reference table (email → municipality_id, user_id).
  await db.schema.createIndex('app_user_email_uq').on('app_user').column('email').unique().execute();

  await db.schema
    .createTable('user_unit')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.notNull())
    .addColumn('unit_id', 'uuid', (c) => c.notNull())
    .addPrimaryKeyConstraint('user_unit_pk', ['municipality_id', 'user_id', 'unit_id'])
    .addForeignKeyConstraint(
      'user_unit_user_fk',
      ['municipality_id', 'user_id'],
      'app_user',
      ['municipality_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .addForeignKeyConstraint('user_unit_unit_fk', ['municipality_id', 'unit_id'], 'org_unit', [
      'municipality_id',
      'id',
    ])
    .execute();

  await db.schema
    .createTable('session')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.notNull())
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('session_pk', ['municipality_id', 'token_hash'])
    .addForeignKeyConstraint(
      'session_user_fk',
      ['municipality_id', 'user_id'],
      'app_user',
      ['municipality_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('municipality.id'))
    .addColumn('id', 'bigint', (c) => c.notNull().generatedAlwaysAsIdentity())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor_user_id', 'uuid')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text')
    .addColumn('target_id', 'text')
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addPrimaryKeyConstraint('audit_log_pk', ['municipality_id', 'id'])
    .execute();
  await db.schema
    .createIndex('audit_log_at_idx')
    .on('audit_log')
    .columns(['municipality_id', 'at desc'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['audit_log', 'session', 'user_unit', 'app_user', 'org_unit', 'municipality']) {
    await db.schema.dropTable(t).execute();
  }
}
