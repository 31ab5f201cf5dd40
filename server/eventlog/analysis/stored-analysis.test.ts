import { readFileSync } from 'node:fs';
import type { KyselyPlugin, PluginTransformResultArgs, QueryResult, UnknownRow } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HandoverAnalysis, type HandoverReport } from '../../../shared/eventlog/index.ts';
import { createTestApp, describeDb, login, makeTenant, type TestApp } from '../../../test/app.ts';
import type { Tenant } from '../../auth/context.ts';
import { openEventLogFile } from '../parse/file-input.ts';
import { fixture, skipWithoutFixtures } from '../parse/fixtures.ts';
import { importLog } from '../test/helpers.ts';
import { logReport, REPORT_LIMITS } from './report.ts';
import { storedBatches } from './stored-batches.ts';

const RECEIPT = 'receipt.xes.gz';
const PAGE = 97;

/** Records the number of rows every query returns. */
class RowCounter implements KyselyPlugin {
  readonly counts: number[] = [];
  transformQuery<T>(args: { node: T }): T {
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.counts.push(args.result.rows.length);
    return args.result;
  }
}

/** The file analysis: the parser's batches into the same shared analysis. */
async function fileReport(by: string): Promise<HandoverReport> {
  const log = await openEventLogFile(fixture(RECEIPT));
  const analysis = new HandoverAnalysis({ by });
  for await (const batch of log.stream) analysis.addBatch(batch);
  return analysis.finish();
}

(skipWithoutFixtures(RECEIPT) ? describe.skip : describeDb)(
  'analysis from the database: receipt.xes.gz, the same report as from the file',
  () => {
    let t: TestApp;
    let tenant: Tenant;
    let logId: string;

    beforeAll(async () => {
      t = await createTestApp();
      const made = await makeTenant(t.database, 'stored');
      tenant = { municipalityId: made.municipality.id };
      const analyst = await login(t.app, made.users.analyst.email);
      const log = await importLog(t.app, analyst, readFileSync(fixture(RECEIPT)), { format: 'xes' });
      expect(log.status, JSON.stringify(log.error)).toBe('ready');
      logId = log.id;
    });
    afterAll(() => t?.close());

    it('equals the file analysis, read in small pages cut inside cases', async () => {
      for (const by of ['resource', 'group']) {
        const analysis = new HandoverAnalysis({ by });
        for await (const batch of storedBatches(t.database.db, tenant, logId, false, PAGE))
          analysis.addBatch(batch);
        expect(analysis.openCases).toBe(0);
        expect(analysis.finish(), by).toEqual(await fileReport(by));
      }
    });

    it('equals it through logReport: all variants for the export, the most frequent for the API', async () => {
      const options = { by: 'resource', filter: [], minVariant: 1 };
      const expected = await fileReport('resource');
      expect(expected.variants.length).toBeGreaterThan(REPORT_LIMITS.variants);
      const all = await logReport(t.database.db, tenant, logId, options, { allVariants: true });
      expect(all).toEqual(expected);
      const api = await logReport(t.database.db, tenant, logId, options);
      expect(api).toEqual({ ...expected, variants: expected.variants.slice(0, REPORT_LIMITS.variants) });
    });

    it('never reads more than one page of rows at once', async () => {
      const counter = new RowCounter();
      const db = t.database.db.withPlugin(counter);
      let events = 0;
      for await (const batch of storedBatches(db, tenant, logId, false, PAGE)) {
        expect(batch.events.length).toBeLessThanOrEqual(PAGE);
        events += batch.events.length;
      }
      expect(events).toBe(8577);
      expect(Math.max(...counter.counts)).toBeLessThanOrEqual(PAGE);
      // Every event page and the case records of each: about two queries per page.
      expect(counter.counts.length).toBeGreaterThanOrEqual(2 * Math.floor(8577 / PAGE));
    });
  },
);
