import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { describeE2E, seriousA11yViolations } from './harness.ts';
import { useE2E } from './use-e2e.ts';

describeE2E('CJML exchange on the journey page', () => {
  // Each test gets its own signed-in page, so one test's state cannot leak into the next.
  const e2e = useE2E({
    page: { context: { bypassCSP: true, locale: 'da-DK', acceptDownloads: true }, heading: 'Demokommune' },
  });

  const stepTexts = () => e2e.page.locator('[data-testid="journey-step-list"] li').allTextContents();

  it('exports a demo journey as CJML and imports it again as a new journey with the same steps', async () => {
    await e2e.page.goto(`${e2e.baseUrl}/journeys`);
    await e2e.page.getByRole('link', { name: 'Sygemeldt med diskusprolaps', exact: true }).first().click();
    await e2e.page.waitForURL(/\/journeys\/[0-9a-f-]{36}$/);
    const sourceUrl = e2e.page.url();
    await e2e.page.locator('[data-testid="journey-cjml"]').waitFor();
    const steps = await stepTexts();
    expect(steps.length).toBeGreaterThan(5);

    const [download] = await Promise.all([
      e2e.page.waitForEvent('download'),
      e2e.page.getByRole('link', { name: 'Hent som planlagt rejse (CJML)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-v1\.cjml\.xml$/);
    const xml = await readFile((await download.path()) ?? '', 'utf8');
    expect(xml).toContain('<CJML version="2.0"');
    expect(xml).toContain('<plannedCommunicationPoint>');

    await e2e.page.getByLabel('Importér rejse fra CJML-fil').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/xml',
      buffer: Buffer.from(xml, 'utf8'),
    });
    await e2e.page.waitForURL(
      (url) => /\/journeys\/[0-9a-f-]{36}$/.test(url.pathname) && url.href !== sourceUrl,
    );
    await e2e.page.getByText('Rejsen er importeret som kladde.').waitFor();
    await expect.poll(stepTexts).toEqual(steps);
    expect(await seriousA11yViolations(e2e.page)).toEqual([]);
  });

  it('shows each problem of a bad CJML file with its element path', async () => {
    await e2e.page.goto(`${e2e.baseUrl}/journeys`);
    await e2e.page.getByRole('link', { name: 'Sygemeldt med diskusprolaps', exact: true }).first().click();
    await e2e.page.locator('[data-testid="journey-cjml"]').waitFor();
    const bad = `<CJML version="2.0"><plannedJourney><journeyID>x</journeyID>
<actors><endUser actorID="u"/></actors><touchpoints>
<plannedCommunicationPoint><touchpointID>1</touchpointID><initiator><refersTo actorIDref="ghost"/></initiator><receiver><refersTo actorIDref="u"/></receiver></plannedCommunicationPoint>
</touchpoints></plannedJourney></CJML>`;
    await e2e.page.getByLabel('Importér rejse fra CJML-fil').setInputFiles({
      name: 'bad.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from(bad, 'utf8'),
    });
    await e2e.page
      .locator('[data-testid="journey-cjml-import-error"]', {
        hasText:
          '/CJML/plannedJourney/touchpoints/plannedCommunicationPoint[1]/initiator/refersTo/@actorIDref',
      })
      .waitFor();
  });
});
