import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, createAppWithAnalyst, describeDb, type Session, type TestApp } from '../../test/app.ts';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { bigCsv, uploadFile, waitForImport } from './test/helpers.ts';

/*
 * A crash (kill -9) during an import leaves its log `importing` with no job behind it. The next start
 * marks such logs interrupted, so the list tells the truth without anyone opening the log, and the
 * file can then be uploaded again. The crash is simulated by writing the row as the crash leaves it
 * and building a second app on the same database (the first one's process state is irrelevant).
 */
describeDb('event log import: start-up after a crash during an import', () => {
  let t: TestApp;
  let analyst: Session;
  let restarted: Awaited<ReturnType<typeof buildApp>> | undefined;

  beforeAll(async () => {
    ({ t, analyst } = await createAppWithAnalyst('restart'));
  });
  afterAll(async () => {
    await restarted?.close();
    await t?.close();
  });

  const put = (app: typeof t.app, id: string) => uploadFile(app, analyst, id, bigCsv(200));
  const csvLog = async (name: string) => {
    const created = await api(t.app, analyst, 'POST', '/eventlogs', {
      name,
      format: 'csv',
      csv: { caseId: 'case', activity: 'activity', timestamp: 'time', resource: 'user' },
    });
    return created.json().log.id as string;
  };

  it('marks interrupted imports at start-up and lets the file be uploaded again', async () => {
    const id = await csvLog('crashed');
    // What a crash in the middle of the import leaves behind: status importing, the size known, no job.
    await t.database.db
      .updateTable('eventlog')
      .set({ status: 'importing', bytes: 4096 })
      .where('id', '=', id)
      .execute();

    restarted = await buildApp({
      database: t.database,
      config: { ...loadConfig({}), webDir: '/nonexistent-web-dir' },
    });
    await restarted.ready();

    const list = await restarted.inject({
      method: 'GET',
      url: '/api/v1/eventlogs',
      headers: { cookie: analyst.cookie },
    });
    expect(list.statusCode).toBe(200);
    const log = list.json().logs.find((l: { id: string }) => l.id === id);
    expect(log.status).toBe('failed');
    expect(log.error.code).toBe('INTERRUPTED');

    const again = await put(restarted, id);
    expect(again.statusCode, again.body).toBe(202);
    const done = await waitForImport(restarted, analyst, id);
    expect(done.status).toBe('ready');
    expect(done.events).toBe(200);
    expect(done.error).toBeNull();
  });

  it('still refuses a second upload to a log that imported fine', async () => {
    const id = await csvLog('fine');
    expect((await put(t.app, id)).statusCode).toBe(202);
    expect((await waitForImport(t.app, analyst, id)).status).toBe('ready');
    expect((await put(t.app, id)).statusCode).toBe(409);
  });
});
