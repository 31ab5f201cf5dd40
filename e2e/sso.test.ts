import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { seedDemo } from '../server/seed/demo.ts';
import { DEMO_CLIENT_ID, DEMO_PROVIDER_ID } from '../server/sso/demo-seed.ts';
import { type OidcIdp, startOidcIdp } from '../test/idp/oidc.ts';
import { DEMO_PASSWORD, describeE2E, launchBrowser, logIn, seriousA11yViolations } from './harness.ts';

/**
 * The full redirect flow in Chromium: Borgerblik's login page → the real OpenID Connect provider's
 * page → back, with the account made or updated from the provider's groups.
 */
describeE2E('sign-in with the municipality identity provider', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let idp: OidcIdp;
  let baseUrl = '';
  let close: () => Promise<void> = async () => {};

  beforeAll(async () => {
    const database = await openDatabase({ dataDir: 'memory://' });
    await migrateToLatest(database.db);
    await seedDemo(database.db, DEMO_PASSWORD);
    const config = { ...loadConfig({}), webDir: resolve('dist/web') };
    const app = await buildApp({ database, config });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    // The public address is known only once listening; no request has been served yet.
    config.publicUrl = baseUrl;
    idp = await startOidcIdp({
      clientId: DEMO_CLIENT_ID,
      redirectUris: [`${baseUrl}/sso/demokommune/${DEMO_PROVIDER_ID}/oidc/callback`],
      postLogoutRedirectUris: [`${baseUrl}/login/demokommune`],
      people: [
        { sub: 'sofie', name: 'Sofie Sørensen', email: 'sofie@demokommune.dk', groups: ['borgerservice'] },
        { sub: 'uffe', name: 'Uffe Udenfor', email: 'uffe@demokommune.dk', groups: ['kantine'] },
      ],
    });
    await database.db
      .updateTable('sso_provider')
      .set({
        settings: JSON.stringify({
          issuer: idp.issuer,
          clientId: DEMO_CLIENT_ID,
          scopes: 'openid email profile groups',
        }),
        updated_at: new Date(),
      })
      .where('id', '=', DEMO_PROVIDER_ID)
      .execute();
    close = async () => {
      await idp.close();
      await app.close();
      await database.close();
    };
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await close();
  });
  // Each test gets its own browser context (cookies at Borgerblik and at the provider), so no session leaks.
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'da-DK' });
    page = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
  });

  async function signInAs(name: string) {
    await page.goto(`${baseUrl}/login/demokommune`);
    await page.getByRole('link', { name: 'Log ind med Demo-IdP (lokal)' }).click();
    await page.getByRole('button', { name }).click();
  }

  const me = () =>
    page.evaluate(async () => (await fetch('/api/v1/auth/me')).json()) as Promise<{
      user: { role: string; unitIds: string[]; email: string };
    }>;

  it('shows the provider button on an accessible /login/{slug}', async () => {
    await page.goto(`${baseUrl}/login/demokommune`);
    await page.getByRole('link', { name: 'Log ind med Demo-IdP (lokal)' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('creates the account at first login with the mapped role and unit', async () => {
    await signInAs('Sofie Sørensen');
    await page.getByRole('heading', { name: 'Demokommune', level: 1 }).waitFor();
    const first = await me();
    expect(first.user).toMatchObject({ email: 'sofie@demokommune.dk', role: 'staff' });
    expect(first.user.unitIds).toHaveLength(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('offers the provider logout, and a changed group changes the role at the next login', async () => {
    await signInAs('Sofie Sørensen');
    await page.getByRole('heading', { name: 'Demokommune', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Log ud' }).click();
    // RP-initiated logout at the provider, which sends the browser back to the municipality's login page.
    await page.getByRole('link', { name: 'Log også ud af Demo-IdP (lokal)' }).click();
    await page.getByRole('button', { name: /sign me out/i }).click();
    await page.waitForURL((url) => url.pathname === '/login/demokommune');
    (idp.people.get('sofie') as { groups: string[] }).groups = ['analyse'];
    await signInAs('Sofie Sørensen');
    await page.getByRole('heading', { name: 'Demokommune', level: 1 }).waitFor();
    expect((await me()).user).toMatchObject({ role: 'analyst', unitIds: [] });
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.getByRole('link', { name: 'Log også ud af Demo-IdP (lokal)' }).click();
    await page.getByRole('button', { name: /sign me out/i }).click();
    await page.waitForURL((url) => url.pathname === '/login/demokommune');
  });

  it('shows a refused person the refusal page', async () => {
    await signInAs('Uffe Udenfor');
    await page.getByRole('heading', { name: 'Du kan ikke logge ind' }).waitFor();
    await page
      .getByText('Login-tjenesten kender dig, men du har ingen rolle i Borgerblik.', { exact: false })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe('/login/demokommune/refused');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('lets the admin configure providers under Organisation → Log-in, accessibly', async () => {
    const admin = await (await browser.newContext({ locale: 'da-DK' })).newPage();
    await logIn(admin, baseUrl);
    await admin.goto(`${baseUrl}/units`);
    await admin.getByRole('link', { name: 'Log ind', exact: true }).click();
    await admin.getByRole('heading', { name: 'Log ind med kommunens login', level: 1 }).waitFor();
    await admin.getByRole('heading', { name: 'Demo-IdP (lokal) (OpenID Connect)' }).waitFor();
    expect(await admin.getByLabel('Værdi').first().inputValue()).toBe('borgerservice');
    // A rule's units are chosen in the organisation tree (search + expand; issue 14), the mapped one ticked.
    const picker = admin.getByRole('group', { name: 'Enheder', exact: true }).first();
    await picker.getByRole('searchbox').waitFor();
    expect(await picker.getByRole('checkbox', { checked: true }).count()).toBe(1);
    expect(await seriousA11yViolations(admin)).toEqual([]);
  });
});
