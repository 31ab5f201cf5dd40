import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeE2E, logInByApi, seriousA11yViolations } from './harness.ts';
import { type SignedIn, useE2E } from './use-e2e.ts';

/**
 * Issue 16's translation screen: an admin adds Polish, translates the texts still missing, sees the
 * progress change, exports the language as XLIFF and reads it back in (unchanged, then edited, then
 * broken: the server's line and reason are shown); every screen is axe-clean. Each test has its own
 * signed-in context and adds Polish (and its translations) through the API when it needs them.
 */
describeE2E('translation screen', () => {
  const e2e = useE2E({
    async setup({ baseUrl, browser }) {
      // A survey of our own, so Polish has texts nobody has translated yet (its title).
      const staff = await browser.newContext({ baseURL: baseUrl });
      const csrf = await logInByApi(staff.request, baseUrl);
      const units = (await (await staff.request.get('/api/v1/units')).json()).units as { id: string }[];
      const created = await staff.request.post('/api/v1/surveys', {
        headers: { 'x-csrf-token': csrf },
        data: {
          title: 'Oversættelsestest',
          languages: ['da'],
          channels: ['link'],
          unitIds: [units[0]?.id],
          definition: { sets: ['coherence'], localQuestions: [] },
        },
      });
      expect(created.status()).toBe(201);
      await staff.close();
    },
  });
  /** The admin's own context on the start page, with Polish added through the API unless `withPolish` is false. */
  async function admin(withPolish = true): Promise<SignedIn> {
    const staff = await e2e.signedIn(undefined, { acceptDownloads: true });
    if (withPolish) {
      const list = await (await staff.context.request.get('/api/v1/translations/languages')).json();
      if (!(list.languages as { tag: string }[]).some((l) => l.tag === 'pl')) {
        const added = await staff.context.request.post('/api/v1/translations/languages', {
          headers: { 'x-csrf-token': staff.csrf },
          data: { tag: 'pl' },
        });
        expect(added.status()).toBe(201);
      }
    }
    await staff.page.goto('/');
    return staff;
  }
  const openPolish = async (page: Page) => {
    await page.getByRole('link', { name: 'Oversættelser' }).first().click();
    await page
      .locator('tr[data-lang="pl"]')
      .getByRole('link', { name: /Oversæt/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Oversæt til polsk' }).waitFor();
  };

  const summary = async (page: Page) => (await page.getByTestId('translation-summary').textContent()) ?? '';
  const translatedOf = (text: string) => Number(/^(\d+)/.exec(text.replace(/\./g, ''))?.[1] ?? Number.NaN);

  it('an admin adds Polish from the language list (the tag is canonicalised)', async () => {
    const { page } = await admin(false);
    await page.getByRole('link', { name: 'Oversættelser' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Sprog og oversættelser' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('Sprogkode (BCP 47)').fill('PL');
    await page.getByRole('button', { name: 'Tilføj sprog' }).click();
    await page.getByText('polsk (pl) er tilføjet.').waitFor();
    const bad = page.getByLabel('Sprogkode (BCP 47)');
    await bad.fill('ikke et sprog');
    await page.getByRole('button', { name: 'Tilføj sprog' }).click();
    await page.getByText('Formatet er ikke gyldigt.').waitFor();
    expect(await bad.getAttribute('aria-invalid')).toBe('true');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('translates the missing texts side by side with Danish and sees the progress change', async () => {
    const { page } = await admin();
    await openPolish(page);
    const before = translatedOf(await summary(page));
    await page.getByLabel('Vis kun tekster uden oversættelse').check();
    const rows = page.locator('tbody tr[data-key]');
    await rows.first().waitFor();
    const keys = (await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key') ?? ''))).slice(
      0,
      2,
    );
    expect(keys.length).toBeGreaterThan(0);
    for (const [i, key] of keys.entries()) {
      await page.getByLabel(`Oversættelse af ${key}`).fill(`Tekst po polsku ${i + 1}`);
      await page.getByLabel(`Status for ${key}`).selectOption('reviewed');
      await page.getByRole('button', { name: `Gem ${key}` }).click();
      await page.getByText(`Oversættelsen af ${key} er gemt.`).waitFor();
    }
    await expect.poll(async () => translatedOf(await summary(page))).toBe(before + keys.length);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Alle sprog' }).click();
    const row = page.locator('tr[data-lang="pl"]');
    await row.waitFor();
    expect(await row.textContent()).toContain(`${before + keys.length} af`);
  });

  it('exports Polish as XLIFF and reads it back in: unchanged, edited, and a broken file', async () => {
    const { context, page, csrf } = await admin();
    // One reviewed Polish text of its own, to find in the file and to edit there.
    const saved = await context.request.put('/api/v1/translations/pl/texts', {
      headers: { 'x-csrf-token': csrf },
      data: { key: 'page.next', text: 'Tekst do eksportu', status: 'reviewed' },
    });
    expect(saved.status()).toBe(200);
    await openPolish(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Hent XLIFF' }).click(),
    ]);
    const xliffPath = join(tmpdir(), `bb-e2e-${process.pid}-pl.xlf`);
    await download.saveAs(xliffPath);
    const xliff = await readFile(xliffPath, 'utf8');
    expect(xliff).toContain('trgLang="pl"');
    expect(xliff).toContain('<target>Tekst do eksportu</target>');

    const file = page.getByLabel('Oversat fil (.xlf eller .csv)');
    await file.setInputFiles(xliffPath);
    await page.getByRole('button', { name: 'Læs filen ind' }).click();
    await page.getByText('Filen er læst ind: 0 tekster ændret').waitFor();
    // Issue 16: exported, read back in and exported again, the file is byte for byte the same.
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Hent XLIFF' }).click(),
    ]);
    expect(Buffer.compare(await readFile((await again.path()) ?? ''), await readFile(xliffPath))).toBe(0);

    const edited = join(tmpdir(), `bb-e2e-${process.pid}-pl-edited.xlf`);
    await writeFile(edited, xliff.replace('Tekst do eksportu', 'Tekst do eksportu (poprawiony)'));
    await file.setInputFiles(edited);
    await page.getByRole('button', { name: 'Læs filen ind' }).click();
    await page.getByText('Filen er læst ind: 1 tekst ændret').waitFor();

    const broken = join(tmpdir(), `bb-e2e-${process.pid}-pl-broken.xlf`);
    await writeFile(broken, xliff.replace('<unit id="page.next">', '<unit id="page.nope">'));
    await file.setInputFiles(broken);
    await page.getByRole('button', { name: 'Læs filen ind' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Oversættelsen kan ikke importeres' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /Linje \d+: Nøglen "page\.nope" er ikke en tekst i Borgerblik\./,
    );
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it("the survey form offers the municipality's languages from the catalogue, named in Danish", async () => {
    const { page } = await admin();
    await page.getByRole('link', { name: 'Undersøgelser' }).first().click();
    await page.getByLabel('polsk (pl) – polski').waitFor();
    expect(await page.getByLabel('arabisk (ar) – العربية').count()).toBe(1);
    expect(await page.getByLabel('Let dansk (da-x-easy)').count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
