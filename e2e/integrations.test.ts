import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeE2E,
  type E2EServer,
  launchBrowser,
  logIn,
  seriousA11yViolations,
  startServer,
} from './harness.ts';

/** Organisation → Integrationer: a token is shown once and works as a bearer; open data switches on. */
describeE2E('integrations in the browser', () => {
  let server: E2EServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await (await browser.newContext({ locale: 'da-DK' })).newPage();
    await logIn(page, server.baseUrl);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('creates a token that works once copied, and publishes open data', async () => {
    await page.goto(`${server.baseUrl}/integrations`);
    await page.getByRole('heading', { name: 'Integrationer', level: 1 }).waitFor();
    await page.getByText('Der er ingen API-nøgler endnu.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('Navn', { exact: true }).fill('Power BI');
    await page.getByRole('button', { name: 'Opret nøgle' }).click();
    const secret = (await page.getByTestId('secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^bbk_/);
    await page.getByRole('button', { name: 'Luk' }).last().click();
    await page.getByRole('row', { name: /Power BI/ }).waitFor();
    const res = await fetch(`${server.baseUrl}/api/v1/dashboard/options`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(res.status).toBe(200);

    await page.getByLabel('Offentliggør kommunens tal som åbne data').check();
    await page.getByText('Tallene er offentlige.').waitFor();
    const link = await page.getByRole('link', { name: /indicators\.csv/ }).getAttribute('href');
    expect((await fetch(`${server.baseUrl}${link}`)).status).toBe(200);
  });
});
