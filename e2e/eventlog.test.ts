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

  it('shows the first 25 actor pairs of the matrix and expands by 25 or all, announced politely', async () => {
    await openLog();
    const controls = page.getByRole('group', { name: 'Overdragelsesmatrix' });
    const rows = page.locator('#eventlog-matrix tbody tr');
    const status = controls.getByRole('status');
    const shown = await status.innerText();
    const total = shown.match(/^Viser 1–25 af ([\d.]+)$/)?.[1] ?? '';
    const count = Number(total.replaceAll('.', ''));
    expect(count, shown).toBeGreaterThan(50);
    expect(await rows.count()).toBe(25);
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await controls.getByRole('button', { name: 'Vis 25 mere' }).click();
    await controls.getByText(`Viser 1–50 af ${total}`).waitFor();
    expect(await rows.count()).toBe(50);
    await controls.getByRole('button', { name: `Vis alle ${total}` }).click();
    await controls.getByText(`Viser 1–${total} af ${total}`).waitFor();
    expect(await rows.count()).toBe(count);
    // The pressed button is gone; the focus stays in the controls, on "Vis færre".
    await page.keyboard.press('Enter');
    await controls.getByText(`Viser 1–25 af ${total}`).waitFor();
    expect(await rows.count()).toBe(25);
  }, 240_000);

  it('sorts the matrix (all rows, not just the page shown) and exports it as CSV', async () => {
    await openLog();
    await page.getByRole('button', { name: 'Antal' }).click();
    expect(await page.locator('#eventlog-matrix th[aria-sort="ascending"]').count()).toBe(1);
    const first = page.locator('#eventlog-matrix tbody tr').first().locator('td').nth(2);
    expect(await first.innerText()).toBe('1');
    await page.getByRole('button', { name: 'Antal' }).click();
    expect(await first.innerText()).toBe('180');
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
