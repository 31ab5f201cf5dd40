import { type Kysely, sql } from 'kysely';

/**
 * Single sign-on with the municipality's own identity providers (OpenID Connect, SAML 2.0).
 * Frozen SQL: this file never imports live code. Every table has municipality_id first in its
 * primary key and foreign keys (Citus-ready).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Whether staff may still use passwords; when false only admins keep them (break-glass).
  await db.schema
    .alterTable('municipality')
    .addColumn('password_login', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute();

  await db.schema
    .createTable('sso_provider')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('municipality.id'))
    .addColumn('id', 'uuid', (c) => c.notNull().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('oidc', 'saml')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(true))
    // Everything that is not secret (issuer, client id, IdP metadata, attribute names, …).
    .addColumn('settings', 'jsonb', (c) => c.notNull())
    // AES-256-GCM of the secrets (client secret, SP private key); never sent to a browser.
    .addColumn('secret_ciphertext', 'text')
    .addColumn('sp_certificate', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('sso_provider_pk', ['municipality_id', 'id'])
    .execute();

  await db.schema
    .createTable('sso_mapping_rule')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull())
    .addColumn('provider_id', 'uuid', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('claim', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'analyst', 'staff', 'viewer')`))
    .addColumn('unit_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addPrimaryKeyConstraint('sso_mapping_rule_pk', ['municipality_id', 'provider_id', 'position'])
    .addForeignKeyConstraint(
      'sso_mapping_rule_provider_fk',
      ['municipality_id', 'provider_id'],
      'sso_provider',
      ['municipality_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();

  // Links a person at a provider (its subject / NameID) to a Borgerblik account.
  await db.schema
    .createTable('sso_identity')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull())
    .addColumn('provider_id', 'uuid', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('sso_identity_pk', ['municipality_id', 'provider_id', 'subject'])
    .addForeignKeyConstraint(
      'sso_identity_provider_fk',
      ['municipality_id', 'provider_id'],
      'sso_provider',
      ['municipality_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'sso_identity_user_fk',
      ['municipality_id', 'user_id'],
      'app_user',
      ['municipality_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();

  // A login on its way through the provider: state, nonce, PKCE verifier, SAML request id.
  // Deleted when the answer comes back, so an answer can be used once only.
  await db.schema
    .createTable('sso_login_attempt')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('provider_id', 'uuid', (c) => c.notNull())
    .addColumn('browser_hash', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text')
    .addColumn('code_verifier', 'text')
    .addColumn('request_id', 'text')
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('sso_login_attempt_pk', ['municipality_id', 'state'])
    .addForeignKeyConstraint(
      'sso_login_attempt_provider_fk',
      ['municipality_id', 'provider_id'],
      'sso_provider',
      ['municipality_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();

  // Which provider opened a Borgerblik session, for the provider's logout (id_token hint, NameID).
  await db.schema
    .createTable('sso_session')
    .addColumn('municipality_id', 'uuid', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('provider_id', 'uuid', (c) => c.notNull())
    .addColumn('logout_ciphertext', 'text')
    .addPrimaryKeyConstraint('sso_session_pk', ['municipality_id', 'token_hash'])
    .addForeignKeyConstraint(
      'sso_session_session_fk',
      ['municipality_id', 'token_hash'],
      'session',
      ['municipality_id', 'token_hash'],
      (c) => c.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'sso_session_provider_fk',
      ['municipality_id', 'provider_id'],
      'sso_provider',
      ['municipality_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['sso_session', 'sso_login_attempt', 'sso_identity', 'sso_mapping_rule', 'sso_provider']) {
    await db.schema.dropTable(t).execute();
  }
  await db.schema.alterTable('municipality').dropColumn('password_login').execute();
}
