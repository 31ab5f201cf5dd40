import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { describeE2E, seriousA11yViolations } from './harness.ts';
import { chooseUnit } from './unit-choice.ts';
import { useE2E } from './use-e2e.ts';

const BAD_CSV =
  'Dato;Enhed;Handler om;Procesårsag\n2025-03-01;Sygedagpenge;proces;ventetid\n31.02.2025;Månen;;\n';
const GOOD_CSV =
  'Dato;Enhed;Handler om;Procesårsag\n2025-03-01;Sygedagpenge;proces;ventetid\n2025-03-02;Sygedagpenge;afgørelse;\n';

describeE2E('dialog programme in the browser', () => {
  const count = async () =>
    (await (await e2e.page.request.get(`${e2e.baseUrl}/api/v1/complaints?limit=500`)).json()).complaints
      .length as number;

  // Each test gets its own signed-in page, so one test's browser state cannot leak into the next.
  const e2e = useE2E({ page: { context: { locale: 'da-DK', acceptDownloads: true }, heading: true } });

  it('registers a complaint and screens its free text', async () => {
    await e2e.page.goto(`${e2e.baseUrl}/complaints`);
    await e2e.page.getByRole('heading', { name: 'Klager og konflikter', level: 1 }).waitFor();
    const form = e2e.page.getByRole('form', { name: 'Registrér en klage eller konflikt' });
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
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
    const before = await count();
    await form.getByRole('button', { name: 'Gem' }).click();
    await e2e.page.getByText('Registreringen er gemt.').waitFor();
    expect(await count()).toBe(before + 1);
    const [newest] = (await (await e2e.page.request.get(`${e2e.baseUrl}/api/v1/complaints?limit=1`)).json())
      .complaints;
    expect(newest.description).not.toContain('22 33 44 55');
  });

  it('imports a file: a bad row gives a clear error and nothing is imported', async () => {
    await e2e.page.goto(`${e2e.baseUrl}/complaints`);
    await e2e.page.getByRole('heading', { name: 'Klager og konflikter', level: 1 }).waitFor();
    const before = await count();
    const fileInput = e2e.page.getByLabel('Fil (.csv eller .xlsx)');
    await fileInput.setInputFiles({ name: 'klager.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_CSV) });
    await e2e.page.getByRole('button', { name: 'Læs filen' }).click();
    await e2e.page.getByText('Filen har 2 rækker.').waitFor();
    await e2e.page.getByRole('button', { name: 'Importér alle rækker' }).click();
    const alert = e2e.page.getByRole('alert').filter({ hasText: 'Intet er importeret' });
    await alert.waitFor();
    await alert
      .getByText('Række 3, Modtaget: Datoen "31.02.2025" kan ikke læses', { exact: false })
      .waitFor();
    await alert.getByText('Række 3, Enhed: Enheden "Månen" findes ikke', { exact: false }).waitFor();
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
    expect(await count()).toBe(before);

    await fileInput.setInputFiles({
      name: 'klager.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(GOOD_CSV),
    });
    await e2e.page.getByRole('button', { name: 'Læs filen' }).click();
    await e2e.page.getByRole('button', { name: 'Importér alle rækker' }).click();
    await e2e.page.getByText('2 registreringer er importeret.').waitFor();
    expect(await count()).toBe(before + 2);
  });

  it('opens a pulse round and answers it anonymously', async () => {
    await e2e.page.goto(`${e2e.baseUrl}/pulse`);
    await e2e.page.getByRole('heading', { name: 'Medarbejderpuls', level: 1 }).waitFor();
    const form = e2e.page.getByRole('form', { name: 'Ny runde' });
    await form.getByLabel('Titel').fill('E2E-puls');
    await form.getByLabel('Sygedagpenge').check();
    await form.getByRole('button', { name: 'Åbn runden' }).click();
    const link = e2e.page.getByRole('link', { name: 'Link til besvarelse af E2E-puls' });
    await link.waitFor();
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
    const href = await link.getAttribute('href');

    const anonymous = await e2e.browser.newContext({ locale: 'da-DK' });
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

    const rounds = (await (await e2e.page.request.get(`${e2e.baseUrl}/api/v1/pulse/rounds`)).json()).rounds;
    expect(rounds.find((r: { title: string }) => r.title === 'E2E-puls').responses).toBe(1);
  });

  it('opens the effect report with computed differences, in Danish and English', async () => {
    await e2e.page.goto(`${e2e.baseUrl}/programmes`);
    await e2e.page.getByRole('link', { name: 'Bedre Borgerdialog i Jobcentret' }).click();
    await e2e.page.getByRole('heading', { name: 'De fire mål' }).waitFor();
    await e2e.page.getByRole('heading', { name: 'Øget borgertilfredshed' }).waitFor();
    // Each goal has a chart beside its table: an image named by its title, drawn on a canvas, described
    // in words; the table stays as the full alternative.
    const chart = e2e.page.getByRole('img', { name: 'Før, under og efter: Øget borgertilfredshed' });
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
    await e2e.page.getByRole('table', { name: 'Øget borgertilfredshed' }).waitFor();
    expect(await e2e.page.getByRole('img', { name: /^Før, under og efter: / }).count()).toBe(4);
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
    await e2e.page.locator('summary', { hasText: 'Redigér forløbet' }).click();
    await e2e.page.getByLabel('Næste skridt').fill('E2E: udbred til Ydelsesservice.');
    await e2e.page.getByRole('button', { name: 'Gem ændringer' }).click();
    await e2e.page.getByText('Forløbet er gemt.').waitFor();
    await e2e.page.getByRole('link', { name: 'Åbn effektrapporten' }).click();
    await e2e.page
      .getByRole('heading', { name: 'Effektrapport: Bedre Borgerdialog i Jobcentret', level: 1 })
      .waitFor();
    await e2e.page.getByText('Forbedret (p', { exact: false }).first().waitFor();
    await e2e.page.getByRole('heading', { name: 'Citater' }).waitFor();
    await e2e.page.getByText('E2E: udbred til Ydelsesservice.').waitFor();
    // The report draws its charts as SVG: sharp in print, and kept in the downloaded HTML.
    const reportChart = e2e.page.getByRole('img', { name: 'Før, under og efter: Øget borgertilfredshed' });
    await reportChart.locator('svg').waitFor();
    expect(await e2e.page.getByRole('img', { name: /^Før, under og efter: / }).count()).toBe(4);
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);

    await e2e.page.getByLabel('Rapportens sprog').selectOption('en');
    await e2e.page
      .getByRole('heading', { name: 'Effect report: Bedre Borgerdialog i Jobcentret', level: 1 })
      .waitFor();
    await e2e.page.getByText('Improved (p', { exact: false }).first().waitFor();
    const [download] = await Promise.all([
      e2e.page.waitForEvent('download'),
      e2e.page.getByRole('button', { name: 'Hent som HTML' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('effektrapport-bedre-borgerdialog-i-jobcentret-en.html');
    const saved = await readFile((await download.path()) ?? '', 'utf8');
    expect(saved).toContain('Before, during and after: Higher citizen satisfaction');
    expect(saved).toContain('<svg');
  });
});
