import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  createTestApp,
  describeDb,
  login,
  makeTenant,
  type Session,
  type TestApp,
} from '../../test/app.ts';
import { fixture, skipWithoutFixtures } from './parse/fixtures.ts';
import { importLog } from './test/helpers.ts';

const CSV_OPTIONS = {
  format: 'csv',
  csv: { caseId: 'case', activity: 'activity', timestamp: 'time', resource: 'user' },
};
const GOOD =
  'case,activity,time,user,note\nA,Modtag,2024-01-02 10:00,anna,x\nA,Afgør,2024-01-03 10:00,bo,y\n';

describeDb('event log import: bad input leaves nothing behind', () => {
  let t: TestApp;
  let analyst: Session;
  const rowCount = async () => {
    const e = await t.database.db
      .selectFrom('eventlog_event')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const c = await t.database.db
      .selectFrom('eventlog_case')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(e.n) + Number(c.n);
  };

  beforeAll(async () => {
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'bad');
    analyst = await login(t.app, tenant.users.analyst.email);
  });
  afterAll(() => t?.close());

  it('a CSV row with the wrong number of fields fails with its line, and no rows are stored', async () => {
    const bad = `${GOOD}B,Modtag,2024-01-04 10:00\nB,Afgør,2024-01-05 10:00,anna,z\n`;
    const log = await importLog(t.app, analyst, Buffer.from(bad), CSV_OPTIONS);
    expect(log.status).toBe('failed');
    expect(log.error).toMatchObject({ code: 'CSV_FIELD_COUNT', line: 4 });
    expect(await rowCount()).toBe(0);
  });

  it('with "skip bad rows" the row is counted and listed for download', async () => {
    const bad = `${GOOD}B,Modtag,not a date,anna,z\nB,Afgør,2024-01-05 10:00,anna,z\n`;
    const log = await importLog(t.app, analyst, Buffer.from(bad), { ...CSV_OPTIONS, skipBadRows: true });
    expect(log.status).toBe('ready');
    expect(log.skippedTotal).toBe(1);
    const list = await api(t.app, analyst, 'GET', `/eventlogs/${log.id}/skipped.csv`);
    expect(list.body).toContain('4,TIMESTAMP_INVALID');
    await api(t.app, analyst, 'DELETE', `/eventlogs/${log.id}`);
    expect(await rowCount()).toBe(0);
  });

  it('refuses an attribute that looks like a CPR number unless it is dropped', async () => {
    const cpr =
      'case,activity,time,user,cpr\nA,Modtag,2024-01-02 10:00,anna,010190-1234\nA,Afgør,2024-01-03,bo,010190-1234\n';
    const kept = await importLog(t.app, analyst, Buffer.from(cpr), {
      ...CSV_OPTIONS,
      keepCaseAttributes: ['cpr'],
    });
    expect(kept.error).toMatchObject({ code: 'ATTRIBUTE_LOOKS_LIKE_CPR', params: { attribute: 'cpr' } });
    expect(await rowCount()).toBe(0);
    const dropped = await importLog(t.app, analyst, Buffer.from(cpr), CSV_OPTIONS);
    expect(dropped.status).toBe('ready');
    expect(dropped.events).toBe(2);
    await api(t.app, analyst, 'DELETE', `/eventlogs/${dropped.id}`);
  });

  describe.skipIf(skipWithoutFixtures('receipt.xes.gz'))('gzip', () => {
    it('a truncated gzip fails with the byte offset, and no rows are stored', async () => {
      const whole = readFileSync(fixture('receipt.xes.gz'));
      const log = await importLog(t.app, analyst, whole.subarray(0, Math.floor(whole.length / 2)), {
        format: 'xes',
      });
      expect(log.status).toBe('failed');
      expect(log.error?.code).toBe('GZIP_TRUNCATED');
      expect(log.error?.byte).toBeGreaterThan(0);
      expect(await rowCount()).toBe(0);
    });
  });

  it('cancels an import that waits for its file; other municipalities and viewers see nothing', async () => {
    const created = (await api(t.app, analyst, 'POST', '/eventlogs', { name: 'x', format: 'xes' })).json()
      .log;
    const cancelled = await api(t.app, analyst, 'POST', `/eventlogs/${created.id}/cancel`);
    expect(cancelled.json().log.status).toBe('cancelled');
    const other = await makeTenant(t.database, 'other');
    const stranger = await login(t.app, other.users.admin.email);
    expect((await api(t.app, stranger, 'GET', `/eventlogs/${created.id}`)).statusCode).toBe(404);
    const viewer = await login(t.app, other.users.viewer.email);
    expect((await api(t.app, viewer, 'GET', '/eventlogs')).statusCode).toBe(403);
  });
});
