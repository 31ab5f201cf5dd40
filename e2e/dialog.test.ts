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
import { chooseUnit } from './unit-choice.ts';

const BAD_CSV =
  'Dato;Enhed;Handler om;Procesårsag\n2025-03-01;Sygedagpenge;proces;ventetid\n31.02.2025;Månen;;\n';
const GOOD_CSV =
  'Dato;Enhed;Handler om;Procesårsag\n2025-03-01;Sygedagpenge;proces;ventetid\n2025-03-02;Sygedagpenge;afgørelse;\n';

describeE2E('dialog programme in the browser', () => {
  let server: E2EServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const count = async () =>
    (await (await page.request.get(`${server.baseUrl}/api/v1/complaints?limit=500`)).json()).complaints
      .length as number;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  // Each test gets its own signed-in page, so one test's browser state cannot leak into the next.
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'da-DK', acceptDownloads: true });
    page = await context.newPage();
    await logIn(page, server.baseUrl);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  });
  afterEach(async () => {
    await context?.close();
  });

  it('registers a complaint and screens its free text', async () => {
    await page.goto(`${server.baseUrl}/complaints`);
    await page.getByRole('heading', { name: 'Klager og konflikter', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Registrér en klage eller konflikt' });
    await chooseUnit(form, 'Enhed', 'Sygedagpenge');
    // Nothing is pre-ticked: saving without saying what it is about names that field (issue 14).
    expect(await form.getByLabel('Processen').isChecked()).toBe(false);
    expect(await form.getByLabel('Afgørelsen').isChecked()).toBe(false);
    await form.getByRole('button', { name: 'Gem' }).click();
    await form
      .getByRole('list', { name: 'Felter med fejl' })
      .getByText(/Hvad handler det om\?/)
      .waitFor();
    await form.getByLabel('Processen').check();
    await form.getByLabel('Ventetid').check();
    await form.getByLabel('Kort beskrivelse').fill('Borgeren (tlf. 22 33 44 55) ventede tre uger på svar.');
    expect(await seriousA11yViolations(page)).toEqual([]);
    const before = await count();
    await form.getByRole('button', { name: 'Gem' }).click();
    await page.getByText('Registreringen er gemt.').waitFor();
    expect(await count()).toBe(before + 1);
    const [newest] = (await (await page.request.get(`${server.baseUrl}/api/v1/complaints?limit=1`)).json())
      .complaints;
    expect(newest.description).not.toContain('22 33 44 55');
  });

  it('imports a file: a bad row gives a clear error and nothing is imported', async () => {
    await page.goto(`${server.baseUrl}/complaints`);
    await page.getByRole('heading', { name: 'Klager og konflikter', level: 1 }).waitFor();
    const before = await count();
    const fileInput = page.getByLabel('Fil (.csv eller .xlsx)');
    await fileInput.setInputFiles({ name: 'klager.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_CSV) });
    await page.getByRole('button', { name: 'Læs filen' }).click();
    await page.getByText('Filen har 2 rækker.').waitFor();
    await page.getByRole('button', { name: 'Importér alle rækker' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Intet er importeret' });
    await alert.waitFor();
    await alert
      .getByText('Række 3, Modtaget: Datoen "31.02.2025" kan ikke læses', { exact: false })
      .waitFor();
    await alert.getByText('Række 3, Enhed: Enheden "Månen" findes ikke', { exact: false }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await count()).toBe(before);

    await fileInput.setInputFiles({
      name: 'klager.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(GOOD_CSV),
    });
    await page.getByRole('button', { name: 'Læs filen' }).click();
    await page.getByRole('button', { name: 'Importér alle rækker' }).click();
    await page.getByText('2 registreringer er importeret.').waitFor();
    expect(await count()).toBe(before + 2);
  });

  it('opens a pulse round and answers it anonymously', async () => {
    await page.goto(`${server.baseUrl}/pulse`);
    await page.getByRole('heading', { name: 'Medarbejderpuls', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Ny runde' });
    await form.getByLabel('Titel').fill('E2E-puls');
    await form.getByLabel('Sygedagpenge').check();
    await form.getByRole('button', { name: 'Åbn runden' }).click();
    const link = page.getByRole('link', { name: 'Link til besvarelse af E2E-puls' });
    await link.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    const href = await link.getAttribute('href');

    const anonymous = await browser.newContext({ locale: 'da-DK' });
    const staff = await anonymous.newPage();
    await staff.goto(href ?? '');
    await staff.getByRole('heading', { name: 'E2E-puls', level: 1 }).waitFor();
    for (const name of [
      'Jeg er tilfreds med mit daglige arbejde.',
      'Jeg får den støtte, jeg har brug for, fra kolleger og ledere.',
    ]) {
      await staff.getByRole('group', { name }).getByLabel('Delvis enig').check();
    }
    expect(await seriousA11yViolations(staff)).toEqual([]);
    await staff.getByRole('button', { name: 'Send mine svar' }).click();
    await staff.getByText('Tak for dine svar.').waitFor();
    await anonymous.close();

    const rounds = (await (await page.request.get(`${server.baseUrl}/api/v1/pulse/rounds`)).json()).rounds;
    expect(rounds.find((r: { title: string }) => r.title === 'E2E-puls').responses).toBe(1);
  });

  it('opens the effect report with computed differences, in Danish and English', async () => {
    await page.goto(`${server.baseUrl}/programmes`);
    await page.getByRole('link', { name: 'Bedre Borgerdialog i Jobcentret' }).click();
    await page.getByRole('heading', { name: 'De fire mål' }).waitFor();
    await page.getByRole('heading', { name: 'Øget borgertilfredshed' }).waitFor();
    // Each goal has a chart beside its table: an image named by its title, drawn on a canvas, described
    // in words; the table stays as the full alternative.
    const chart = page.getByRole('img', { name: 'Før, under og efter: Øget borgertilfredshed' });
    await chart.locator('canvas').waitFor();
    expect(await chart.getAttribute('aria-describedby')).toBeTruthy();
    await expect
      .poll(
        async () =>
          (await chart.evaluate(
            (el) => el.ownerDocument.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent,
          )) ?? '',
      )
      .toContain('Samlet tilfredshed (1–5) – Deltagere: før');
    await page.getByRole('table', { name: 'Øget borgertilfredshed' }).waitFor();
    expect(await page.getByRole('img', { name: /^Før, under og efter: / }).count()).toBe(4);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.locator('summary', { hasText: 'Redigér forløbet' }).click();
    await page.getByLabel('Næste skridt').fill('E2E: udbred til Ydelsesservice.');
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await page.getByText('Forløbet er gemt.').waitFor();
    await page.getByRole('link', { name: 'Åbn effektrapporten' }).click();
    await page
      .getByRole('heading', { name: 'Effektrapport: Bedre Borgerdialog i Jobcentret', level: 1 })
      .waitFor();
    await page.getByText('Forbedret (p', { exact: false }).first().waitFor();
    await page.getByRole('heading', { name: 'Citater' }).waitFor();
    await page.getByText('E2E: udbred til Ydelsesservice.').waitFor();
    // The report draws its charts as SVG: sharp in print, and kept in the downloaded HTML.
    const reportChart = page.getByRole('img', { name: 'Før, under og efter: Øget borgertilfredshed' });
    await reportChart.locator('svg').waitFor();
    expect(await page.getByRole('img', { name: /^Før, under og efter: / }).count()).toBe(4);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByLabel('Rapportens sprog').selectOption('en');
    await page
      .getByRole('heading', { name: 'Effect report: Bedre Borgerdialog i Jobcentret', level: 1 })
      .waitFor();
    await page.getByText('Improved (p', { exact: false }).first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Hent som HTML' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('effektrapport-bedre-borgerdialog-i-jobcentret-en.html');
    const saved = await readFile((await download.path()) ?? '', 'utf8');
    expect(saved).toContain('Before, during and after: Higher citizen satisfaction');
    expect(saved).toContain('<svg');
  });
});
