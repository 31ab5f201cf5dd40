import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, createAppWithAnalyst, describeDb, type Session, type TestApp } from '../../test/app.ts';
import { HEARTBEAT_MS } from './job-lease.ts';
import { liveJob } from './jobs.ts';
import { bigCsv, uploadFile, waitForImport } from './test/helpers.ts';

/*
 * PostgreSQL only (a `*.postgres.test.ts` file runs in the PostgreSQL project alone): PGlite is one process,
 * so no other process can cancel its job. Another process's cancel is played by writing only the status.
 */
describeDb('event log import: a cancel from another server process', () => {
  let t: TestApp;
  let analyst: Session;

  beforeAll(async () => {
    ({ t, analyst } = await createAppWithAnalyst('lease-pg'));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('reaches the running job at its heartbeat', async () => {
    const created = await api(t.app, analyst, 'POST', '/eventlogs', {
      name: 'cancel-elsewhere',
      format: 'csv',
      csv: { caseId: 'case', activity: 'activity', timestamp: 'time', resource: 'user' },
    });
    const id = created.json().log.id as string;
    const upload = await uploadFile(t.app, analyst, id, bigCsv(400_000));
    expect(upload.statusCode, upload.body).toBe(202);
    const job = liveJob(id);
    expect(job).toBeDefined();
    await t.database.db.updateTable('eventlog').set({ status: 'cancelled' }).where('id', '=', id).execute();
    const started = Date.now();
    await job?.done;
    expect(Date.now() - started).toBeLessThan(HEARTBEAT_MS * 3 + 5_000);
    const log = await waitForImport(t.app, analyst, id);
    expect(log.status).toBe('cancelled');
    expect(log.events).toBe(0);
  }, 60_000);
});
