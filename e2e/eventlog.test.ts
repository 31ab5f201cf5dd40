import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixture, skipWithoutFixtures } from '../server/eventlog/parse/fixtures.ts';
import {
  describeE2E,
  type E2EServer,
  launchBrowser,
  logIn,
  seriousA11yViolations,
  startServer,
} from './harness.ts';

const RECEIPT = 'receipt.xes.gz';
const suite = skipWithoutFixtures(RECEIPT) ? describe.skip : describeE2E;

suite('event log in the browser: receipt.xes.gz', () => {
  let server: E2EServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** The imported log's page (set by the upload test; the later tests open it by URL). */
  let logUrl = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  // Each test gets its own signed-in page, so one test's browser state cannot leak into the next.
  beforeEach(async () => {
    context = await browser.newContext({ bypassCSP: true, locale: 'da-DK', acceptDownloads: true });
    page = await context.newPage();
    // The machine is shared with other suites: allow for slow first loads.
    page.setDefaultTimeout(90_000);
    await logIn(page, server.baseUrl);
  }, 240_000);
  afterEach(async () => {
    await context?.close();
  });

  /** Picks the fixture on the upload page and waits for its preview. */
  const preview = async () => {
    await page.goto(`${server.baseUrl}/eventlogs`);
    await page.getByRole('heading', { name: 'Forløb fra sagssystemer', level: 1 }).waitFor();
    await page.setInputFiles('#eventlog-file', fixture(RECEIPT));
    await page.getByText('Filen er en XES-log.').waitFor();
  };
  const openLog = async () => {
    expect(logUrl, 'the imported log').not.toBe('');
    await page.goto(logUrl);
    await page.getByRole('heading', { name: 'Resultater' }).waitFor({ timeout: 180_000 });
  };

  it('previews the file with the privacy choices', async () => {
    await preview();
    await page.getByRole('group', { name: 'Hvilke øvrige oplysninger skal gemmes?' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  }, 240_000);

  it('uploads, shows the import progress, survives a reload and shows the network and matrix', async () => {
    await preview();
    await page.getByRole('button', { name: 'Upload og indlæs' }).click();
    await page.waitForURL(/\/eventlogs\/[0-9a-f-]{36}$/);
    logUrl = page.url();
    // Progress (bytes and events) while the job runs; a small log may already be done.
    await page.locator('#eventlog-progress-bar, #eventlog-filters-title').first().waitFor();
    // The job runs on the server: reloading the page does not stop it.
    await page.reload();
    await page.getByRole('heading', { name: 'Resultater' }).waitFor({ timeout: 180_000 });
    await page.getByText('8.577 hændelser i 1.434 sager (XES).').waitFor();
    await page.getByText(/Størst: Resource10 → admin1 \(180 gange\)/).waitFor();
    const first = page.locator('#eventlog-matrix tbody tr').first();
    expect(await first.locator('td').allInnerTexts()).toEqual(
      expect.arrayContaining(['Resource10', 'admin1', '180']),
    );
    await page
      .getByText('7.143 direkte efterfølgende par, heraf 1.208 overdragelser og 5.935 selvoverdragelser.')
      .waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  }, 240_000);

  it('sorts the matrix and exports it as CSV', async () => {
    await openLog();
    await page.getByRole('button', { name: 'Antal' }).click();
    expect(await page.locator('#eventlog-matrix th[aria-sort="ascending"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Antal' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Matrix (CSV)' }).click(),
    ]);
    const path = await download.path();
    expect(readFileSync(path, 'utf8')).toContain('Resource10,admin1,0,180,');
  }, 240_000);

  it('opens the most common course as a journey', async () => {
    await openLog();
    await page.getByRole('button', { name: 'Åbn forløb 1 som borgerrejse' }).click();
    await page.waitForURL(/\/journeys\/[0-9a-f-]{36}$/);
    await page.getByText('Forløb 1 fra receipt.xes.gz').first().waitFor();
  }, 240_000);
});
