import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { describeE2E, seriousA11yViolations } from './harness.ts';
import { useE2E } from './use-e2e.ts';

describeE2E('citizen journeys in the browser', () => {
  // Each test gets its own signed-in page, so one test's browser state cannot leak into the next; the
  // journey built by one test (server data) is opened by URL in the next ones.
  const e2e = useE2E({
    page: { context: { bypassCSP: true, locale: 'da-DK', acceptDownloads: true }, heading: 'Demokommune' },
  });
  /** The editor of the journey built from scratch (set by the test that builds it). */
  let builtUrl = '';
  const openBuilt = async () => {
    expect(builtUrl, 'the journey built from scratch').not.toBe('');
    await e2e.page.goto(builtUrl);
    await e2e.page.getByText('Version 1').first().waitFor();
  };

  const metric = (key: string) =>
    e2e.page.locator(`[data-testid="journey-metrics"] [data-metric="${key}"] dd`);

  it('lists the demo journeys with sortable metric columns, accessibly', async () => {
    await e2e.page.getByRole('link', { name: 'Borgerrejser' }).first().click();
    await e2e.page.getByRole('heading', { name: 'Borgerrejser', level: 1 }).waitFor();
    await e2e.page.getByRole('link', { name: 'Sygemeldt med diskusprolaps', exact: true }).waitFor();
    expect(await e2e.page.locator('[data-testid="journey-table"] tbody tr').count()).toBe(4);
    await e2e.page.getByRole('button', { name: 'Overdragelser', exact: true }).click();
    await e2e.page.locator('th[aria-sort="descending"]', { hasText: 'Overdragelser' }).waitFor();
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
  });

  it('builds a journey from scratch and sees handovers and hotspots update live', async () => {
    await e2e.page.goto(`${e2e.baseUrl}/journeys`);
    await e2e.page.getByRole('link', { name: 'Ny borgerrejse' }).click();
    await e2e.page.getByLabel('Titel').fill('Borger søger hjælp');
    await e2e.page.getByLabel('Type', { exact: true }).selectOption('employee');
    await e2e.page.getByRole('button', { name: 'Tilføj aktør' }).click();
    await e2e.page.getByLabel('Profession').fill('Sagsbehandler');
    await e2e.page.getByLabel('Type', { exact: true }).selectOption('external');
    await e2e.page.getByRole('button', { name: 'Tilføj aktør' }).click();
    await e2e.page.getByLabel('Navn').nth(1).fill('Egen læge');

    const actors = ['a1', 'a2', 'a1', 'a2'];
    for (const [i, actor] of actors.entries()) {
      await e2e.page.getByRole('button', { name: 'Tilføj trin', exact: true }).click();
      await e2e.page.getByLabel('Aktør', { exact: true }).selectOption(actor);
      await e2e.page.getByLabel('Hvad sker der?').fill(`Kontakt ${i + 1}`);
    }
    await expect.poll(() => metric('handovers').textContent()).toBe('3');
    await e2e.page.getByRole('tab', { name: 'Nøgletal' }).click();
    await e2e.page.locator('[data-testid="journey-hotspots"] [data-hotspot="ping_pong"]').waitFor();
    await e2e.page.getByRole('tab', { name: 'Trin og aktører' }).click();
    expect(await e2e.page.locator('[data-testid="journey-drawing"] [data-hotspot]').count()).toBeGreaterThan(
      0,
    );

    // Two undo steps: the last description, then the last actor change.
    await e2e.page.getByRole('button', { name: 'Fortryd' }).click();
    await e2e.page.getByRole('button', { name: 'Fortryd' }).click();
    await expect.poll(() => metric('handovers').textContent()).toBe('2');
    await e2e.page.getByRole('button', { name: 'Gentag' }).click();
    await e2e.page.getByRole('button', { name: 'Gentag' }).click();
    await expect.poll(() => metric('handovers').textContent()).toBe('3');

    // A duration typed and undone: the field shows the journey's value again, not what was typed.
    const duration = e2e.page.getByLabel('Varighed', { exact: true });
    await duration.fill('2');
    await e2e.page.getByLabel('Enhed for Varighed').selectOption('days');
    await e2e.page.getByRole('button', { name: 'Fortryd' }).click();
    await e2e.page.getByRole('button', { name: 'Fortryd' }).click();
    await expect.poll(() => duration.inputValue()).toBe('');
    await e2e.page.getByRole('button', { name: 'Gentag' }).click();
    await e2e.page.getByRole('button', { name: 'Gentag' }).click();
    await expect.poll(() => duration.inputValue()).toBe('2');
    expect(await e2e.page.getByLabel('Enhed for Varighed').inputValue()).toBe('days');

    // Keyboard: Alt+Down moves the first step below the second; Delete removes the selected step.
    const first = e2e.page.locator('[data-testid="journey-step-list"] .journey-step-select').first();
    await first.focus();
    await e2e.page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => e2e.page.locator('.journey-step-desc').first().textContent()).toBe('Kontakt 2');
    await e2e.page.keyboard.press('Delete');
    expect(await e2e.page.locator('[data-testid="journey-step-list"] li').count()).toBe(3);
    await e2e.page.getByRole('button', { name: 'Fortryd' }).click();
    expect(await e2e.page.locator('[data-testid="journey-step-list"] li').count()).toBe(4);

    await e2e.page.getByRole('button', { name: 'Opret borgerrejse' }).click();
    await e2e.page.waitForURL(/\/journeys\/[0-9a-f-]{36}$/);
    await e2e.page.getByText('Version 1').first().waitFor();
    builtUrl = e2e.page.url();
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
  });

  it('exports the drawing as SVG and PNG and the journey as JSON', async () => {
    await openBuilt();
    await e2e.page.getByRole('tab', { name: 'Tegning' }).click();
    const grab = async (name: string) => {
      const [download] = await Promise.all([
        e2e.page.waitForEvent('download'),
        e2e.page.getByRole('button', { name }).click(),
      ]);
      const path = await download.path();
      return { name: download.suggestedFilename(), body: await readFile(path) };
    };
    const svg = await grab('Hent tegning som SVG');
    expect(svg.name).toBe('borger-soeger-hjaelp.svg');
    expect(svg.body.toString('utf8')).toContain('<svg');
    const png = await grab('Hent tegning som PNG');
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    const json = await grab('Hent rejsen som JSON');
    expect(JSON.parse(json.body.toString('utf8'))).toMatchObject({
      format: 'borgerblik.journey',
      title: 'Borger søger hjælp',
    });

    // Import the file back: a new journey with the same content.
    const editorUrl = e2e.page.url();
    await e2e.page.goto(`${e2e.baseUrl}/journeys`);
    await e2e.page.getByLabel('Importér rejse fra JSON-fil').setInputFiles({
      name: json.name,
      mimeType: 'application/json',
      buffer: json.body,
    });
    await e2e.page.waitForURL(
      (url) => /\/journeys\/[0-9a-f-]{36}$/.test(url.pathname) && url.href !== editorUrl,
    );
    await expect.poll(() => metric('handovers').textContent()).toBe('2');
    await e2e.page.goto(`${e2e.baseUrl}/journeys`);
    await e2e.page.getByLabel('Importér rejse fra JSON-fil').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "borgerblik.journey", '),
    });
    await e2e.page.locator('[data-testid="journey-import-error"]', { hasText: 'json' }).waitFor();
    await e2e.page.goto(editorUrl);
    await e2e.page.getByText('Version 1').first().waitFor();
  });

  it('saves a second version and compares it with the first', async () => {
    await openBuilt();
    await e2e.page.getByRole('tab', { name: 'Trin og aktører' }).click();
    await e2e.page.locator('[data-testid="journey-step-list"] .journey-step-select').first().click();
    await e2e.page.getByLabel('Hvad sker der?').fill('Ændret tekst');
    await e2e.page.getByRole('button', { name: 'Gem som ny version' }).click();
    await e2e.page.getByText('Version 2 er gemt.').waitFor();
    await e2e.page.getByRole('tab', { name: 'Versioner' }).click();
    await e2e.page.getByRole('link', { name: 'Sammenlign med den viste version' }).click();
    await e2e.page.locator('[data-testid="journey-compare-table"] [data-metric="handovers"]').waitFor();
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
  });
});
