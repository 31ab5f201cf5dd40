import { expect, it } from 'vitest';
import { describeE2E, seriousA11yViolations } from './harness.ts';
import { useE2E } from './use-e2e.ts';

/** Organisation → Integrationer: a token is shown once and works as a bearer; open data switches on. */
describeE2E('integrations in the browser', () => {
  const e2e = useE2E({ page: { context: { locale: 'da-DK' }, heading: true } });

  it('creates a token that works once copied, and publishes open data', async () => {
    await e2e.page.goto(`${e2e.baseUrl}/integrations`);
    await e2e.page.getByRole('heading', { name: 'Integrationer', level: 1 }).waitFor();
    await e2e.page.getByText('Der er ingen API-nøgler endnu.').waitFor();
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
    await e2e.page.getByLabel('Navn', { exact: true }).fill('Power BI');
    await e2e.page.getByRole('button', { name: 'Opret nøgle' }).click();
    const secret = (await e2e.page.getByTestId('secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^bbk_/);
    await e2e.page.getByRole('button', { name: 'Luk' }).last().click();
    await e2e.page.getByRole('row', { name: /Power BI/ }).waitFor();
    const res = await fetch(`${e2e.baseUrl}/api/v1/dashboard/options`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(res.status).toBe(200);

    await e2e.page.getByLabel('Offentliggør kommunens tal som åbne data').check();
    await e2e.page.getByText('Tallene er offentlige.').waitFor();
    const link = await e2e.page.getByRole('link', { name: /indicators\.csv/ }).getAttribute('href');
    expect((await fetch(`${e2e.baseUrl}${link}`)).status).toBe(200);
  });
});
