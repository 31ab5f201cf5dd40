import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, createAppWithAnalyst, describeDb, type Session, type TestApp } from '../../test/app.ts';
import { liveJob } from './jobs.ts';
import { startBigImport, waitForImport } from './test/helpers.ts';

describeDb('event log import: cancelling a running import', () => {
  let t: TestApp;
  let analyst: Session;

  beforeAll(async () => {
    ({ t, analyst } = await createAppWithAnalyst('cancel'));
  });
  afterAll(() => t?.close());

  it('stops the job, marks the log cancelled and leaves no rows', async () => {
    const id = await startBigImport(t.app, analyst, 300_000);
    const cancelled = await api(t.app, analyst, 'POST', `/eventlogs/${id}/cancel`);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const log = await waitForImport(t.app, analyst, id);
    expect(log.status).toBe('cancelled');
    // The status turns at once; the job then notices the abort and rolls back.
    await liveJob(id)?.done;
    const rows = await t.database.db
      .selectFrom('eventlog_event')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('log_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBe(0);
    expect((await api(t.app, analyst, 'GET', `/eventlogs/${id}/report`)).statusCode).toBe(409);
  });
});
