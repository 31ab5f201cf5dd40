import { type Kysely, sql } from 'kysely';

/**
 * Planned vs actual (issue 19): an event log mapped onto a journey version, and the state of the
 * "experience fell while the wait rose" alert per touchpoint.
 *
 * The mapping is saved with the journey version it was made for (journey versions never change, so
 * a mapping stays true for its version) and goes with the version or the log when either is deleted.
 * Activity → step and resource → actor pairs are JSON objects keyed by the log's names: they are looked
 * up whole on every analysis and never queried by value.
 */
const STATEMENTS = [
  `create table journey_log_mapping (
    municipality_id uuid not null references municipality (id),
    journey_id uuid not null,
    version integer not null,
    log_id uuid not null,
    actor_by text not null default 'resource' check (actor_by in ('resource', 'group')),
    activities jsonb not null default '{}',
    actors jsonb not null default '{}',
    updated_by uuid,
    updated_at timestamptz not null default now(),
    constraint journey_log_mapping_pk primary key (municipality_id, journey_id, version),
    constraint journey_log_mapping_version_fk foreign key (municipality_id, journey_id, version)
      references journey_version (municipality_id, journey_id, version) on delete cascade,
    constraint journey_log_mapping_log_fk foreign key (municipality_id, log_id)
      references eventlog (municipality_id, id) on delete cascade
  )`,
  `create index journey_log_mapping_by_log on journey_log_mapping (municipality_id, log_id)`,
  `create table journey_touchpoint_alert (
    municipality_id uuid not null references municipality (id),
    journey_id uuid not null,
    step_id text not null,
    firing boolean not null default false,
    checked_at timestamptz not null default now(),
    fired_at timestamptz,
    facts jsonb not null default '{}',
    constraint journey_touchpoint_alert_pk primary key (municipality_id, journey_id, step_id),
    constraint journey_touchpoint_alert_journey_fk foreign key (municipality_id, journey_id)
      references journey (municipality_id, id) on delete cascade
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table journey_touchpoint_alert`.execute(db);
  await sql`drop table journey_log_mapping`.execute(db);
}
