import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture, skipWithoutFixtures } from '../server/eventlog/parse/fixtures.ts';
import { describeE2E, seriousA11yViolations } from './harness.ts';
import { useE2E } from './use-e2e.ts';

const RECEIPT = 'receipt.xes.gz';
const suite = skipWithoutFixtures(RECEIPT) ? describe.skip : describeE2E;

suite('event log in the browser: receipt.xes.gz', () => {
  /** The imported log's page (set by the upload test; the later tests open it by URL). */
  let logUrl = '';

  // Each test gets its own signed-in page, so one test's browser state cannot leak into the next. The
  // machine is shared with other suites: allow for slow first loads.
  const e2e = useE2E({
    page: { context: { bypassCSP: true, locale: 'da-DK', acceptDownloads: true }, timeout: 90_000 },
    hookTimeout: 240_000,
  });

  /** Picks the fixture on the upload page and waits for its preview. */
  const preview = async () => {
    await e2e.page.goto(`${e2e.baseUrl}/eventlogs`);
    await e2e.page.getByRole('heading', { name: 'Forløb fra sagssystemer', level: 1 }).waitFor();
    await e2e.page.setInputFiles('#eventlog-file', fixture(RECEIPT));
    await e2e.page.getByText('Filen er en XES-log.').waitFor();
  };
  const openLog = async () => {
    expect(logUrl, 'the imported log').not.toBe('');
    await e2e.page.goto(logUrl);
    await e2e.page.getByRole('heading', { name: 'Resultater' }).waitFor({ timeout: 180_000 });
  };

  it('previews the file with the privacy choices', async () => {
    await preview();
    await e2e.page.getByRole('group', { name: 'Hvilke øvrige oplysninger skal gemmes?' }).waitFor();
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
  }, 240_000);

  it('uploads, shows the import progress, survives a reload and shows the network and matrix', async () => {
    await preview();
    await e2e.page.getByRole('button', { name: 'Upload og indlæs' }).click();
    await e2e.page.waitForURL(/\/eventlogs\/[0-9a-f-]{36}$/);
    logUrl = e2e.page.url();
    // Progress (bytes and events) while the job runs; a small log may already be done.
    await e2e.page.locator('#eventlog-progress-bar, #eventlog-filters-title').first().waitFor();
    // The job runs on the server: reloading the page does not stop it.
    await e2e.page.reload();
    await e2e.page.getByRole('heading', { name: 'Resultater' }).waitFor({ timeout: 180_000 });
    await e2e.page.getByText('8.577 hændelser i 1.434 sager (XES).').waitFor();
    await e2e.page.getByText(/Størst: Resource10 → admin1 \(180 gange\)/).waitFor();
    const first = e2e.page.locator('#eventlog-matrix tbody tr').first();
    expect(await first.locator('td').allInnerTexts()).toEqual(
      expect.arrayContaining(['Resource10', 'admin1', '180']),
    );
    await e2e.page
      .getByText('7.143 direkte efterfølgende par, heraf 1.208 overdragelser og 5.935 selvoverdragelser.')
      .waitFor();
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
  }, 240_000);

  it('shows the first 25 actor pairs of the matrix and expands by 25 or all, announced politely', async () => {
    await openLog();
    const controls = e2e.page.getByRole('group', { name: 'Overdragelsesmatrix' });
    const rows = e2e.page.locator('#eventlog-matrix tbody tr');
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
    await e2e.page.keyboard.press('Enter');
    await controls.getByText(`Viser 1–25 af ${total}`).waitFor();
    expect(await rows.count()).toBe(25);
  }, 240_000);

  it('sorts the matrix (all rows, not just the page shown) and exports it as CSV', async () => {
    await openLog();
    await e2e.page.getByRole('button', { name: 'Antal' }).click();
    expect(await e2e.page.locator('#eventlog-matrix th[aria-sort="ascending"]').count()).toBe(1);
    const first = e2e.page.locator('#eventlog-matrix tbody tr').first().locator('td').nth(2);
    expect(await first.innerText()).toBe('1');
    await e2e.page.getByRole('button', { name: 'Antal' }).click();
    expect(await first.innerText()).toBe('180');
    const [download] = await Promise.all([
      e2e.page.waitForEvent('download'),
      e2e.page.getByRole('link', { name: 'Matrix (CSV)' }).click(),
    ]);
    const path = await download.path();
    expect(readFileSync(path, 'utf8')).toContain('Resource10,admin1,0,180,');
  }, 240_000);

  it('opens the most common course as a journey', async () => {
    await openLog();
    await e2e.page.getByRole('button', { name: 'Åbn forløb 1 som borgerrejse' }).click();
    await e2e.page.waitForURL(/\/journeys\/[0-9a-f-]{36}$/);
    await e2e.page.getByText('Forløb 1 fra receipt.xes.gz').first().waitFor();
  }, 240_000);
});
