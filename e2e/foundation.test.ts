import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  DEMO_ADMIN_EMAIL,
  DEMO_PASSWORD,
  describeE2E,
  type E2EServer,
  launchBrowser,
  logIn,
  seriousA11yViolations,
  startServer,
} from './harness.ts';

describeE2E('foundation in the browser', () => {
  let server: E2EServer;
  let browser: Browser;
  let page: Page;
  let password = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const context = await browser.newContext({ bypassCSP: true, locale: 'da-DK' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows an accessible Danish login page', async () => {
    await page.goto(`${server.baseUrl}/`);
    await expect(page.getByRole('heading', { name: 'Log ind' })).toBeDefined();
    await page.getByLabel('E-mail').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('refuses a wrong password with a visible message', async () => {
    await page.getByLabel('E-mail').fill(DEMO_ADMIN_EMAIL);
    await page.getByLabel('Adgangskode').fill('forkert');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByText('Forkert e-mail eller adgangskode.').waitFor();
  });

  it('logs in as the demo admin and shows the start page', async () => {
    await page.getByLabel('Adgangskode').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await page.getByRole('heading', { name: 'Demokommune', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Borgeroplevet sammenhæng', level: 2 }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('creates a unit', async () => {
    await page.getByRole('link', { name: 'Organisation' }).first().click();
    await page.getByRole('heading', { name: 'Organisation', level: 1 }).waitFor();
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Opret enhed' }) });
    await form.getByLabel('Navn').fill('Borgerservice Havnen');
    await form.getByRole('button', { name: 'Opret enhed' }).click();
    await page.getByText('Borgerservice Havnen er oprettet.').waitFor();
    await page.getByRole('main').getByText('Borgerservice Havnen', { exact: true }).first().waitFor();
  });

  it('creates a user and shows the temporary password once', async () => {
    await page.getByRole('link', { name: 'Brugere' }).first().click();
    await page.getByRole('heading', { name: 'Brugere', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Opret bruger' }).click();
    const form = page.getByRole('dialog', { name: 'Opret bruger' });
    await form.getByLabel('E-mail').fill('ny.kollega@demokommune.dk');
    await form.getByLabel('Navn').fill('Ny Kollega');
    await form.getByRole('button', { name: 'Opret bruger' }).click();
    const dialog = page.getByRole('dialog', { name: /Midlertidig adgangskode/ });
    await dialog.waitFor();
    password = await dialog.getByLabel('Midlertidig adgangskode').inputValue();
    expect(password).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
    await dialog.getByRole('button', { name: 'Jeg har gemt adgangskoden' }).click();
    await page.getByRole('cell', { name: 'ny.kollega@demokommune.dk' }).waitFor();
  });

  it('switches to English and remembers it after a reload', async () => {
    await page.getByLabel('Sprog').selectOption('en');
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    await page.getByLabel('Language').selectOption('nb');
    await page.getByRole('heading', { name: 'Brukere', level: 1 }).waitFor();
  });

  it('logs out and lands on the login page', async () => {
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.getByText('Du er nå logget ut.').waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).status);
    expect(me).toBe(401);
  });

  it('makes the new user choose their own password', async () => {
    const context = await browser.newContext({ bypassCSP: true, locale: 'da-DK' });
    const other = await context.newPage();
    await logIn(other, server.baseUrl, 'ny.kollega@demokommune.dk', password);
    await other.getByText('Du er logget ind med en midlertidig adgangskode.').waitFor();
    await other.getByRole('link', { name: 'Skift adgangskode' }).click();
    await other.getByLabel('Nuværende adgangskode').fill(password);
    await other.getByLabel('Ny adgangskode', { exact: true }).fill('en lang og god adgangssætning');
    await other.getByLabel('Gentag ny adgangskode').fill('en lang og god adgangssætning');
    await other.getByRole('button', { name: 'Skift adgangskode' }).click();
    await other.getByText('Din adgangskode er skiftet.').waitFor();
    expect(await seriousA11yViolations(other)).toEqual([]);
    await context.close();
  });
});
