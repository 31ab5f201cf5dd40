import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, createAppWithAnalyst, describeDb, type Session, type TestApp } from '../../test/app.ts';
import { importLog } from './test/helpers.ts';

const CSV = Buffer.from(
  'case,activity,time,user\nc1,Start,2024-01-02 10:00,ann\nc1,End,2024-01-02 11:00,bo\nc2,Start,2024-01-03 09:00,ann\n',
);

/** Events have no foreign key to their log (it cost most of the COPY): deleting the log deletes them in the same transaction. */
describeDb('event log delete', () => {
  let t: TestApp;
  let analyst: Session;

  beforeAll(async () => {
    ({ t, analyst } = await createAppWithAnalyst('delete'));
  });
  afterAll(() => t?.close());

  const count = async (table: 'eventlog_event' | 'eventlog_case', logId: string) => {
    const row = await t.database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('log_id', '=', logId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };

  it('removes the log with its cases and events, and only those', async () => {
    const csv = { caseId: 'case', activity: 'activity', timestamp: 'time', resource: 'user' };
    const kept = await importLog(t.app, analyst, CSV, { name: 'kept', format: 'csv', csv });
    const gone = await importLog(t.app, analyst, CSV, { name: 'gone', format: 'csv', csv });
    expect(gone.status, JSON.stringify(gone.error)).toBe('ready');
    expect(await count('eventlog_event', gone.id)).toBe(3);
    const res = await api(t.app, analyst, 'DELETE', `/eventlogs/${gone.id}`);
    expect(res.statusCode, res.body).toBe(204);
    expect(await count('eventlog_event', gone.id)).toBe(0);
    expect(await count('eventlog_case', gone.id)).toBe(0);
    expect(await count('eventlog_event', kept.id)).toBe(3);
    expect(await count('eventlog_case', kept.id)).toBe(2);
  });
});
