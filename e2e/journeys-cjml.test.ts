import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import {
  describeE2E,
  type E2EServer,
  launchBrowser,
  logIn,
  seriousA11yViolations,
  startServer,
} from './harness.ts';

describeE2E('CJML exchange on the journey page', () => {
  let server: E2EServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  // Each test gets its own signed-in page, so one test's state cannot leak into the next.
  beforeEach(async () => {
    context = await browser.newContext({ bypassCSP: true, locale: 'da-DK', acceptDownloads: true });
    page = await context.newPage();
    await logIn(page, server.baseUrl);
    await page.getByRole('heading', { name: 'Demokommune', level: 1 }).waitFor();
  });
  afterEach(async () => {
    await context?.close();
  });

  const stepTexts = () => page.locator('[data-testid="journey-step-list"] li').allTextContents();

  it('exports a demo journey as CJML and imports it again as a new journey with the same steps', async () => {
    await page.goto(`${server.baseUrl}/journeys`);
    await page.getByRole('link', { name: 'Sygemeldt med diskusprolaps', exact: true }).first().click();
    await page.waitForURL(/\/journeys\/[0-9a-f-]{36}$/);
    const sourceUrl = page.url();
    await page.locator('[data-testid="journey-cjml"]').waitFor();
    const steps = await stepTexts();
    expect(steps.length).toBeGreaterThan(5);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Hent som planlagt rejse (CJML)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-v1\.cjml\.xml$/);
    const xml = await readFile((await download.path()) ?? '', 'utf8');
    expect(xml).toContain('<CJML version="2.0"');
    expect(xml).toContain('<plannedCommunicationPoint>');

    await page.getByLabel('Importér rejse fra CJML-fil').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/xml',
      buffer: Buffer.from(xml, 'utf8'),
    });
    await page.waitForURL((url) => /\/journeys\/[0-9a-f-]{36}$/.test(url.pathname) && url.href !== sourceUrl);
    await page.getByText('Rejsen er importeret som kladde.').waitFor();
    await expect.poll(stepTexts).toEqual(steps);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('shows each problem of a bad CJML file with its element path', async () => {
    await page.goto(`${server.baseUrl}/journeys`);
    await page.getByRole('link', { name: 'Sygemeldt med diskusprolaps', exact: true }).first().click();
    await page.locator('[data-testid="journey-cjml"]').waitFor();
    const bad = `<CJML version="2.0"><plannedJourney><journeyID>x</journeyID>
<actors><endUser actorID="u"/></actors><touchpoints>
<plannedCommunicationPoint><touchpointID>1</touchpointID><initiator><refersTo actorIDref="ghost"/></initiator><receiver><refersTo actorIDref="u"/></receiver></plannedCommunicationPoint>
</touchpoints></plannedJourney></CJML>`;
    await page.getByLabel('Importér rejse fra CJML-fil').setInputFiles({
      name: 'bad.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from(bad, 'utf8'),
    });
    await page
      .locator('[data-testid="journey-cjml-import-error"]', {
        hasText:
          '/CJML/plannedJourney/touchpoints/plannedCommunicationPoint[1]/initiator/refersTo/@actorIDref',
      })
      .waitFor();
  });
});
