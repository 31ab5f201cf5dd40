import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandoverReport } from '../../shared/eventlog/index.ts';
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

const RECEIPT = 'receipt.xes.gz';

(skipWithoutFixtures(RECEIPT) ? describe.skip : describeDb)(
  'event log import: receipt.xes.gz through the API',
  () => {
    let t: TestApp;
    let analyst: Session;
    let logId: string;
    const bytes = skipWithoutFixtures(RECEIPT) ? new Uint8Array() : readFileSync(fixture(RECEIPT));

    beforeAll(async () => {
      t = await createTestApp();
      const tenant = await makeTenant(t.database, 'logs');
      analyst = await login(t.app, tenant.users.analyst.email);
    });
    afterAll(() => t?.close());

    it('previews the first MiB: XES, with trace and event attributes to choose from', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/eventlogs/preview',
        headers: {
          cookie: analyst.cookie,
          'x-csrf-token': analyst.csrf,
          'content-type': 'application/octet-stream',
        },
        payload: Buffer.from(bytes.subarray(0, 1024 * 1024)),
      });
      expect(res.statusCode, res.body).toBe(200);
      const preview = res.json();
      expect(preview.format).toBe('xes');
      expect(preview.error).toBeNull();
      expect(preview.eventAttributes.length + preview.caseAttributes.length).toBeGreaterThan(0);
    });

    it('imports in the background and reproduces the acceptance figures by resource', async () => {
      const log = await importLog(t.app, analyst, bytes, { name: 'Receipt', format: 'xes' });
      expect(log.status, JSON.stringify(log.error)).toBe('ready');
      expect(log.events).toBe(8577);
      expect(log.cases).toBe(1434);
      logId = log.id;
      const res = await api(t.app, analyst, 'GET', `/eventlogs/${logId}/report?by=resource`);
      expect(res.statusCode, res.body).toBe(200);
      const report: HandoverReport = res.json().report;
      expect(report.summary.directlyFollowingPairs).toBe(7143);
      expect(report.summary.selfHandovers).toBe(5935);
      expect(report.handovers[0]).toMatchObject({ from: 'Resource10', to: 'admin1', count: 180 });
    });

    it('analyses by group and filters by period', async () => {
      const byGroup = (await api(t.app, analyst, 'GET', `/eventlogs/${logId}/report?by=group`)).json().report;
      expect(byGroup.summary.directlyFollowingPairs).toBe(7143);
      expect(byGroup.actors.length).toBeGreaterThan(1);
      const some = (
        await api(t.app, analyst, 'GET', `/eventlogs/${logId}/report?from=2011-01-01&to=2011-06-30`)
      ).json();
      expect(some.report.summary.cases).toBeGreaterThan(0);
      expect(some.report.summary.cases).toBeLessThan(1434);
    });

    it('stores case ids only as keyed pseudonyms', async () => {
      const keys = await t.database.db
        .selectFrom('eventlog_case')
        .select('case_key')
        .where('log_id', '=', logId)
        .execute();
      expect(keys).toHaveLength(1434);
      expect(keys.every((k) => /^C-[A-Za-z0-9_-]{16}$/.test(k.case_key))).toBe(true);
      const one = keys[0]?.case_key ?? '';
      const res = await api(t.app, analyst, 'GET', `/eventlogs/${logId}/cases/${one}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().case.events.length).toBeGreaterThan(0);
      const byOriginalId = await api(t.app, analyst, 'GET', `/eventlogs/${logId}/cases/case-10011`);
      expect(byOriginalId.statusCode, byOriginalId.body).toBe(200);
      expect(byOriginalId.json().case.key).toMatch(/^C-/);
    });

    it('exports the matrix as CSV and XLSX with the top handover', async () => {
      const csv = await api(t.app, analyst, 'GET', `/eventlogs/${logId}/export/matrix.csv?by=resource`);
      expect(csv.statusCode).toBe(200);
      expect(csv.body).toContain('Resource10,admin1,0,180,');
      const xlsx = await api(t.app, analyst, 'GET', `/eventlogs/${logId}/export/variants.xlsx`);
      expect(xlsx.statusCode).toBe(200);
      expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    });

    it('pseudonymises resource names when asked', async () => {
      const log = await importLog(t.app, analyst, bytes, { format: 'xes', pseudonymiseResources: true });
      const report = (await api(t.app, analyst, 'GET', `/eventlogs/${log.id}/report`)).json().report;
      expect(report.summary.directlyFollowingPairs).toBe(7143);
      expect(report.handovers[0].count).toBe(180);
      expect(report.handovers[0].from).toMatch(/^P-[0-9a-f]{10}$/);
    });
  },
);
