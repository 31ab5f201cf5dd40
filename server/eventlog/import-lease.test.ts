import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, createAppWithAnalyst, describeDb, type Session, type TestApp } from '../../test/app.ts';
import { liveJob } from './jobs.ts';
import { markInterruptedImports } from './service.ts';
import { bigCsv, uploadFile, waitForImport } from './test/helpers.ts';

/*
 * Several server processes (BORGERBLIK_WORKERS) share the job state of event-log imports through the
 * log row: owner, heartbeat, progress. Another process is played here by writing its row as it would
 * (an owner id that is not this process's, a heartbeat now or a minute ago).
 */
describeDb('event log import: jobs held by another server process', () => {
  let t: TestApp;
  let analyst: Session;

  beforeAll(async () => {
    ({ t, analyst } = await createAppWithAnalyst('lease'));
  });
  afterAll(async () => {
    await t?.close();
  });

  const csvLog = async (name: string) => {
    const created = await api(t.app, analyst, 'POST', '/eventlogs', {
      name,
      format: 'csv',
      csv: { caseId: 'case', activity: 'activity', timestamp: 'time', resource: 'user' },
    });
    return created.json().log.id as string;
  };
  const heldBy = (id: string, status: 'uploading' | 'importing', secondsAgo: number) =>
    t.database.db
      .updateTable('eventlog')
      .set({
        status,
        job_owner: 'another-process',
        job_heartbeat: sql`now() - make_interval(secs => ${secondsAgo})`,
        job_progress: JSON.stringify({
          phase: 'parsing',
          bytesRead: 512,
          totalBytes: 2048,
          events: 40,
          cases: 4,
          stored: 0,
        }),
      })
      .where('id', '=', id)
      .execute();

  it('shows a live job of another process with its progress, and leaves it running', async () => {
    const id = await csvLog('elsewhere');
    await heldBy(id, 'importing', 0);
    const res = await api(t.app, analyst, 'GET', `/eventlogs/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().log.status).toBe('importing');
    expect(res.json().log.progress).toMatchObject({ phase: 'parsing', bytesRead: 512, events: 40 });
    expect(await markInterruptedImports(t.database.db, false)).toBe(0);
    // Its file cannot be sent a second time through this process meanwhile.
    await heldBy(id, 'uploading', 0);
    expect((await uploadFile(t.app, analyst, id, bigCsv(20))).statusCode).toBe(409);
  });

  it('marks a job whose process stopped beating interrupted, and takes the file again', async () => {
    const id = await csvLog('lapsed');
    await heldBy(id, 'importing', 60);
    const res = await api(t.app, analyst, 'GET', `/eventlogs/${id}`);
    expect(res.json().log.status).toBe('failed');
    expect(res.json().log.error.code).toBe('INTERRUPTED');
    expect(res.json().log.progress).toBeNull();
    const again = await uploadFile(t.app, analyst, id, bigCsv(200));
    expect(again.statusCode, again.body).toBe(202);
    expect((await waitForImport(t.app, analyst, id)).status).toBe('ready');
    await liveJob(id)?.done;
    const row = await t.database.db
      .selectFrom('eventlog')
      .select(['job_owner', 'job_heartbeat', 'job_progress'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ job_owner: null, job_heartbeat: null, job_progress: null });
  });

  it('the sweep marks only lapsed jobs', async () => {
    const live = await csvLog('sweep-live');
    const dead = await csvLog('sweep-dead');
    await heldBy(live, 'importing', 1);
    await heldBy(dead, 'importing', 120);
    expect(await markInterruptedImports(t.database.db, false)).toBe(1);
    const statuses = await t.database.db
      .selectFrom('eventlog')
      .select(['id', 'status'])
      .where('id', 'in', [live, dead])
      .execute();
    expect(Object.fromEntries(statuses.map((r) => [r.id, r.status]))).toEqual({
      [live]: 'importing',
      [dead]: 'failed',
    });
  });

  it('a delete waits for the other process to let go of the job', async () => {
    const id = await csvLog('delete-elsewhere');
    await heldBy(id, 'importing', 0);
    // The other process hears of the cancel at its heartbeat, rolls back and lets go.
    const letGo = setTimeout(() => {
      void t.database.db
        .updateTable('eventlog')
        .set({ job_owner: null, job_heartbeat: null, job_progress: null })
        .where('id', '=', id)
        .execute();
    }, 600);
    const started = Date.now();
    const res = await api(t.app, analyst, 'DELETE', `/eventlogs/${id}`);
    clearTimeout(letGo);
    expect(res.statusCode).toBe(204);
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect((await api(t.app, analyst, 'GET', `/eventlogs/${id}`)).statusCode).toBe(404);
  });
});
