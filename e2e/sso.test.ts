import { expect, it } from 'vitest';
import { DEMO_CLIENT_ID, DEMO_PROVIDER_ID } from '../server/sso/demo-seed.ts';
import { type OidcIdp, startOidcIdp } from '../test/idp/oidc.ts';
import { describeE2E, logIn, seriousA11yViolations } from './harness.ts';
import { useE2E } from './use-e2e.ts';

/**
 * The full redirect flow in Chromium: Borgerblik's login page → the real OpenID Connect provider's
 * page → back, with the account made or updated from the provider's groups.
 */
describeE2E('sign-in with the municipality identity provider', () => {
  let idp: OidcIdp;

  // Each test gets its own browser context (cookies at Borgerblik and at the provider), so no session leaks.
  const e2e = useE2E({
    publicUrl: true,
    async setup({ baseUrl, db, onClose }) {
      idp = await startOidcIdp({
        clientId: DEMO_CLIENT_ID,
        redirectUris: [`${baseUrl}/sso/demokommune/${DEMO_PROVIDER_ID}/oidc/callback`],
        postLogoutRedirectUris: [`${baseUrl}/login/demokommune`],
        people: [
          { sub: 'sofie', name: 'Sofie Sørensen', email: 'sofie@demokommune.dk', groups: ['borgerservice'] },
          { sub: 'uffe', name: 'Uffe Udenfor', email: 'uffe@demokommune.dk', groups: ['kantine'] },
        ],
      });
      onClose(() => idp.close());
      await db
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
    },
    page: { context: { locale: 'da-DK' }, user: false },
  });

  async function signInAs(name: string) {
    await e2e.page.goto(`${e2e.baseUrl}/login/demokommune`);
    await e2e.page.getByRole('link', { name: 'Log ind med Demo-IdP (lokal)' }).click();
    await e2e.page.getByRole('button', { name }).click();
  }

  const me = () =>
    e2e.page.evaluate(async () => (await fetch('/api/v1/auth/me')).json()) as Promise<{
      user: { role: string; unitIds: string[]; email: string };
    }>;

  it('shows the provider button on an accessible /login/{slug}', async () => {
    await e2e.page.goto(`${e2e.baseUrl}/login/demokommune`);
    await e2e.page.getByRole('link', { name: 'Log ind med Demo-IdP (lokal)' }).waitFor();
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
  });

  it('creates the account at first login with the mapped role and unit', async () => {
    await signInAs('Sofie Sørensen');
    await e2e.page.getByRole('heading', { name: 'Demokommune', level: 1 }).waitFor();
    const first = await me();
    expect(first.user).toMatchObject({ email: 'sofie@demokommune.dk', role: 'staff' });
    expect(first.user.unitIds).toHaveLength(1);
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
  });

  it('offers the provider logout, and a changed group changes the role at the next login', async () => {
    await signInAs('Sofie Sørensen');
    await e2e.page.getByRole('heading', { name: 'Demokommune', level: 1 }).waitFor();
    await e2e.page.getByRole('button', { name: 'Log ud' }).click();
    // RP-initiated logout at the provider, which sends the browser back to the municipality's login page.
    await e2e.page.getByRole('link', { name: 'Log også ud af Demo-IdP (lokal)' }).click();
    await e2e.page.getByRole('button', { name: /sign me out/i }).click();
    await e2e.page.waitForURL((url) => url.pathname === '/login/demokommune');
    (idp.people.get('sofie') as { groups: string[] }).groups = ['analyse'];
    await signInAs('Sofie Sørensen');
    await e2e.page.getByRole('heading', { name: 'Demokommune', level: 1 }).waitFor();
    expect((await me()).user).toMatchObject({ role: 'analyst', unitIds: [] });
    await e2e.page.getByRole('button', { name: 'Log ud' }).click();
    await e2e.page.getByRole('link', { name: 'Log også ud af Demo-IdP (lokal)' }).click();
    await e2e.page.getByRole('button', { name: /sign me out/i }).click();
    await e2e.page.waitForURL((url) => url.pathname === '/login/demokommune');
  });

  it('shows a refused person the refusal page', async () => {
    await signInAs('Uffe Udenfor');
    await e2e.page.getByRole('heading', { name: 'Du kan ikke logge ind' }).waitFor();
    await e2e.page
      .getByText('Login-tjenesten kender dig, men du har ingen rolle i Borgerblik.', { exact: false })
      .waitFor();
    expect(new URL(e2e.page.url()).pathname).toBe('/login/demokommune/refused');
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
  });

  it('lets the admin configure providers under Organisation → Log-in, accessibly', async () => {
    const admin = await (await e2e.browser.newContext({ locale: 'da-DK' })).newPage();
    await logIn(admin, e2e.baseUrl);
    await admin.goto(`${e2e.baseUrl}/units`);
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
