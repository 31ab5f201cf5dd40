import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, it } from 'vitest';
import { embedSnippet } from '../shared/citizen-settings/snippet.ts';
import { describeE2E, logInByApi, seriousA11yViolations } from './harness.ts';
import { useE2E } from './use-e2e.ts';

/**
 * Issue 16's embed and accessibility-statement parts: an admin allows one website (a second loopback
 * server) to frame the surveys and gives the statement; the survey renders in that website's frame and
 * sizes it by postMessage, a website on another port is refused by the browser, and the citizen page,
 * the thank-you page, the kiosk's idle screen and the one-tap smiley terminal show the statement
 * (axe-clean).
 */

/** A plain "municipal website" on its own loopback port, serving one page around `snippet`. */
async function parentSite(): Promise<{
  origin: string;
  setSnippet(s: string): void;
  close(): Promise<void>;
}> {
  let snippet = '';
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Kommunens side</title></head>
<body><main><h1>Kommunens side</h1>
<script>window.heights = []; window.addEventListener('message', function (e) { window.heights.push({ origin: e.origin, data: e.data }); });</script>
${snippet}</main></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setSnippet: (s) => {
      snippet = s;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describeE2E('embedding and accessibility statement', () => {
  let allowed: Awaited<ReturnType<typeof parentSite>>;
  let refused: Awaited<ReturnType<typeof parentSite>>;
  let surveyId = '';
  let publicPath = '';
  const title = 'Indlejret undersøgelse';
  const statement = {
    statementUrl: 'https://was.digst.dk/borgerblik-demokommune-dk',
    contactEmail: null,
    feedbackEmail: 'tilgaengelighed@demokommune.dk',
  };
  let snippet = '';

  const e2e = useE2E({
    async setup({ baseUrl, browser, onClose }) {
      [allowed, refused] = await Promise.all([parentSite(), parentSite()]);
      onClose(() => Promise.all([allowed.close(), refused.close()]));
      // Set up through the API in a context of its own, closed before the tests (each opens its own).
      const staff = await browser.newContext({ baseURL: baseUrl, locale: 'da-DK' });
      const csrf = await logInByApi(staff.request, baseUrl);
      // The survey itself is set up through the API: this test is about what happens around it.
      const units = (await (await staff.request.get('/api/v1/units')).json()).units as {
        id: string;
        kind: string;
      }[];
      const unit = units.find((u) => u.kind === 'unit') ?? units[0];
      const headers = { 'x-csrf-token': csrf };
      const created = await staff.request.post('/api/v1/surveys', {
        headers,
        data: {
          title,
          mode: 'questionnaire',
          languages: ['da', 'en'],
          channels: ['link', 'qr', 'kiosk'],
          unitIds: [unit?.id],
          definition: { sets: ['satisfaction'] },
        },
      });
      expect(created.status()).toBe(201);
      surveyId = (await created.json()).survey.id;
      publicPath = (await created.json()).survey.publicPath;
      expect((await staff.request.post(`/api/v1/surveys/${surveyId}/open`, { headers })).status()).toBe(200);
      // Each test runs alone: the settings and the parents' snippet are in place before any of them.
      const put = (path: string, data: object) =>
        staff.request.put(`/api/v1/citizen-settings/${path}`, { headers, data });
      expect((await put('embed-origins', { origins: [allowed.origin] })).status()).toBe(200);
      expect((await put('accessibility', statement)).status()).toBe(200);
      snippet = embedSnippet({
        origin: baseUrl,
        token: publicPath.slice(3),
        title: `Spørgeskema: ${title}`,
      });
      allowed.setSnippet(snippet);
      refused.setSnippet(snippet);
      await staff.close();
    },
  });

  it('an admin allows one website and gives the statement; the survey page offers the snippet', async () => {
    const { context, page } = await e2e.signedIn();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.baseUrl });
    await page.goto('/units');
    await page.getByRole('link', { name: 'Borgersider' }).click();
    const origins = page.getByLabel('Oprindelser (én pr. linje)');
    await origins.fill(`${allowed.origin}/borger\nhttp://www.kommune.dk`);
    await page.getByRole('button', { name: 'Gem hjemmesider' }).click();
    await page.getByText('skal bruge https').waitFor();
    await page.getByText(`"${allowed.origin}/borger" er ikke en oprindelse`).waitFor();
    await origins.fill(allowed.origin);
    await page.getByRole('button', { name: 'Gem hjemmesider' }).click();
    await page.getByText('Hjemmesiderne er gemt.').waitFor();
    await page.getByLabel('Adresse på erklæringen').fill('https://was.digst.dk/borgerblik-demokommune-dk');
    await page
      .getByLabel('E-mail til tilbagemeldinger om tilgængelighed')
      .fill('tilgaengelighed@demokommune.dk');
    await page.getByRole('button', { name: 'Gem erklæring' }).click();
    await page.getByText('Erklæringen er gemt.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.goto(`/surveys/${surveyId}`);
    await page.getByText(`Tilladte hjemmesider: ${allowed.origin}`).waitFor();
    const shown = await page.getByLabel('Kode til indlejring').inputValue();
    expect(shown).toContain(`<iframe src="${e2e.baseUrl}${publicPath}"`);
    expect(shown).toBe(snippet);
    await page.getByRole('button', { name: 'Kopiér koden' }).click();
    await page.getByText('Kopieret', { exact: true }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
  });

  it('renders in the allowed website, whose frame takes its height from the message', async () => {
    const page = await (await e2e.context({ locale: 'da-DK' })).newPage();
    await page.goto(allowed.origin);
    const frame = page.frameLocator('iframe[data-borgerblik]');
    await frame.getByRole('heading', { name: title }).waitFor();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { heights: unknown[] }).heights.length))
      .toBeGreaterThan(0);
    const [first] = await page.evaluate(
      () =>
        (window as unknown as { heights: { origin: string; data: { type: string; height: number } }[] })
          .heights,
    );
    expect(first?.origin).toBe(e2e.baseUrl);
    expect(first?.data.type).toBe('borgerblik:height');
    expect(first?.data.height).toBeGreaterThan(100);
    // The snippet's listener applied it: the frame is as tall as the page inside it.
    const last = await page.evaluate(() => {
      const h = (window as unknown as { heights: { data: { height: number } }[] }).heights;
      return h[h.length - 1]?.data.height;
    });
    await expect
      .poll(() => page.locator('iframe[data-borgerblik]').evaluate((f) => (f as HTMLElement).style.height))
      .toBe(`${last}px`);
    // Answering inside the frame works; the thank-you page is framable and shows the statement too.
    await frame.getByRole('button', { name: 'Send svar' }).click();
    await frame.getByRole('heading', { name: 'Tak for dine svar' }).waitFor();
    await frame.getByRole('link', { name: 'Tilgængelighedserklæring' }).waitFor();
  });

  it('is refused in a website on another origin: nothing renders and no height arrives', async () => {
    const page = await (await e2e.context({ locale: 'da-DK' })).newPage();
    const refusals: string[] = [];
    page.on('console', (m) => {
      if (m.text().includes('frame-ancestors')) refusals.push(m.text());
    });
    await page.goto(refused.origin);
    await expect.poll(() => refusals.length).toBeGreaterThan(0);
    const survey = page.frames().find((f) => f !== page.mainFrame());
    expect(survey).toBeDefined();
    expect(
      await survey?.evaluate(() => document.querySelector('h1')?.textContent ?? null).catch(() => null),
    ).not.toBe(title);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { heights: unknown[] }).heights)).toEqual([]);
  });

  it('the citizen page shows the statement in its footer and is axe-clean', async () => {
    const ctx = await e2e.context({
      locale: 'da-DK',
      viewport: { width: 390, height: 844 },
    });
    const page = await ctx.newPage();
    await page.goto(publicPath);
    const link = page.getByRole('contentinfo').getByRole('link', { name: 'Tilgængelighedserklæring' });
    expect(await link.getAttribute('href')).toBe('https://was.digst.dk/borgerblik-demokommune-dk');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.goto(`${publicPath}?lang=en`);
    await page.getByRole('link', { name: 'Accessibility statement' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('the kiosk shows the statement on its idle screen and is axe-clean', async () => {
    const staff = await e2e.signedIn();
    const reg = await staff.context.request.post(`/api/v1/surveys/${surveyId}/kiosks`, {
      headers: { 'x-csrf-token': staff.csrf },
      data: { name: 'Skranke 2' },
    });
    expect(reg.status()).toBe(201);
    const ctx = await e2e.context({ viewport: { width: 1024, height: 768 } });
    const page = await ctx.newPage();
    await page.goto((await reg.json()).kioskPath);
    await page.getByText('https://was.digst.dk/borgerblik-demokommune-dk').waitFor();
    await page.getByText('tilgaengelighed@demokommune.dk').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('the one-tap smiley terminal shows the statement beside its faces, its idle screen', async () => {
    const staff = await e2e.signedIn();
    const headers = { 'x-csrf-token': staff.csrf };
    const units = (await (await staff.context.request.get('/api/v1/units')).json()).units as { id: string }[];
    const created = await staff.context.request.post('/api/v1/surveys', {
      headers,
      data: {
        title: 'Smiley med erklæring',
        mode: 'smiley',
        languages: ['da'],
        channels: ['smiley', 'kiosk'],
        unitIds: [units[0]?.id],
        definition: { sets: [] },
      },
    });
    expect(created.status()).toBe(201);
    const id = (await created.json()).survey.id as string;
    expect((await staff.context.request.post(`/api/v1/surveys/${id}/open`, { headers })).status()).toBe(200);
    const reg = await staff.context.request.post(`/api/v1/surveys/${id}/kiosks`, {
      headers,
      data: { name: 'Indgang med erklæring' },
    });
    expect(reg.status()).toBe(201);
    const page = await (await e2e.context({ viewport: { width: 1024, height: 768 } })).newPage();
    await page.goto((await reg.json()).kioskPath);
    await page.getByRole('button', { name: 'Meget tilfreds' }).waitFor();
    await page.getByText('https://was.digst.dk/borgerblik-demokommune-dk').waitFor();
    await page.getByText('tilgaengelighed@demokommune.dk').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
