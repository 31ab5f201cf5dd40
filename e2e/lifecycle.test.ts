import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { seedDemo } from '../server/seed/demo.ts';
import { DEMO_PASSWORD, describeE2E, launchBrowser, logIn, seriousA11yViolations } from './harness.ts';

/** The demo plus one complaint received 358 days ago: with a one-year period it is deleted within 14 days. */
async function startLifecycleServer() {
  const database = await openDatabase({ dataDir: 'memory://' });
  await migrateToLatest(database.db);
  await seedDemo(database.db, DEMO_PASSWORD);
  const db = database.db;
  const m = await db
    .selectFrom('municipality')
    .select('id')
    .where('slug', '=', 'demokommune')
    .executeTakeFirstOrThrow();
  const unit = await db
    .selectFrom('org_unit')
    .select('id')
    .where('municipality_id', '=', m.id)
    .executeTakeFirstOrThrow();
  const day = new Date(Date.now() - 358 * 86_400_000).toISOString().slice(0, 10);
  await db
    .insertInto('complaint')
    .values({
      municipality_id: m.id,
      received_on: day,
      unit_id: unit.id,
      kind: 'complaint',
      channel: 'letter',
      about_process: true,
      about_decision: false,
      severity: 1,
      outcome: 'open',
    })
    .execute();
  const app = await buildApp({ database, config: { ...loadConfig({}), webDir: resolve('dist/web') } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

describeE2E('data lifecycle in the browser', () => {
  let server: Awaited<ReturnType<typeof startLifecycleServer>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    server = await startLifecycleServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  // Each test gets its own signed-in page, so one test's state cannot leak into the next.
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'da-DK', baseURL: server.baseUrl, acceptDownloads: true });
    page = await context.newPage();
    await logIn(page, server.baseUrl);
  });
  afterEach(async () => {
    await context?.close();
  });

  it('an admin sets a retention period and sees the 14-day warning', async () => {
    await page.getByRole('link', { name: 'Data og sletning' }).click();
    await page.getByRole('heading', { name: 'Data og sletning', level: 1 }).waitFor();
    await page.getByText('Intet slettes inden for de næste 14 dage.').waitFor();
    await page.getByLabel('Klager og konflikter').fill('365');
    await page.getByRole('button', { name: 'Gem perioder' }).click();
    await page.getByRole('heading', { name: 'Sletning inden for 14 dage' }).waitFor();
    await page.getByText(/^Klager og konflikter: 1 rækker inden for 14 dage/).waitFor();
    // A period below the limit is refused, and the field says why.
    await page.getByLabel('Klager og konflikter').fill('30');
    await page.getByRole('button', { name: 'Gem perioder' }).click();
    await page.getByText('Skal være mindst 365.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('downloads the compliance pack, in Danish and Norwegian', async () => {
    await page.goto(`${server.baseUrl}/lifecycle`);
    await page.getByRole('heading', { name: 'Data og sletning', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Compliance-pakke' }).click();
    await page.getByRole('heading', { name: 'Compliance-pakke', level: 1 }).waitFor();
    await page.getByRole('heading', { name: /Fortegnelse over behandlingsaktiviteter/ }).waitFor();
    await page.getByLabel('Hosting (driftsleverandør)').fill('Drift A/S');
    await page.getByRole('button', { name: 'Gem' }).click();
    await page.getByText('Hosting: Drift A/S', { exact: false }).first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('Sprog for pakken').selectOption('nb');
    await page.getByRole('heading', { name: /Protokoll over behandlingsaktiviteter/ }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Hent som HTML' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('borgerblik-compliance-nb.html');
  });
});
