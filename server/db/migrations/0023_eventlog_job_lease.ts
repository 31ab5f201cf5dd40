import { type Kysely, sql } from 'kysely';

/**
 * Event-log upload and import jobs get their state in the database, so several server processes
 * behind one port (BORGERBLIK_WORKERS) agree on it: which process runs a log's job (`job_owner`, a
 * random id per process), when that process last said it is alive (`job_heartbeat`), and the job's
 * progress (`job_progress`), which any process can show. A job whose heartbeat is older than the
 * lease belonged to a process that died; its log is then reported "interrupted", as after a crash.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table eventlog
    add column job_owner text,
    add column job_heartbeat timestamptz,
    add column job_progress jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table eventlog drop column job_owner, drop column job_heartbeat, drop column job_progress`.execute(
    db,
  );
}
