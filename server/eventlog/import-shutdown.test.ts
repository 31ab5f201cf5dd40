import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAppWithAnalyst, describeDb, type Session, type TestApp } from '../../test/app.ts';
import { liveJob } from './jobs.ts';
import { startBigImport } from './test/helpers.ts';

/*
 * The server shuts down while an import runs: closing the app stops the job, rolls it back and
 * stores "interrupted" before the database may close, so nothing half-written remains and the
 * log says what happened (as after a crash), rather than the close racing the job.
 */
describeDb('event log import: server shutdown during an import', () => {
  let t: TestApp;
  let analyst: Session;
  let closed = false;

  beforeAll(async () => {
    ({ t, analyst } = await createAppWithAnalyst('shutdown'));
  });
  afterAll(async () => {
    if (!closed) await t?.close();
  });

  it('rolls the import back and marks the log interrupted when the app closes', async () => {
    const id = await startBigImport(t.app, analyst, 300_000);
    expect(liveJob(id)).toBeDefined();
    await t.app.close();
    expect(liveJob(id)).toBeUndefined();
    const log = await t.database.db
      .selectFrom('eventlog')
      .select(['status', 'error'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(log.status).toBe('failed');
    expect(JSON.stringify(log.error)).toContain('INTERRUPTED');
    const rows = await t.database.db
      .selectFrom('eventlog_event')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('log_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBe(0);
    await t.database.close();
    closed = true;
  });
});
