import { mkdir } from 'node:fs/promises';
import type { APIRequestContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeE2E, seriousA11yViolations } from './harness.ts';
import { useE2E } from './use-e2e.ts';

/**
 * Issue 14's survey and start-page tasks: the start page answers "how do citizens experience us now?"
 * and links onward; the survey preview shows the citizen's page and its test answers are not counted;
 * the smiley terminal records one press with one tap. Each test signs in on its own, in its own context.
 */
describeE2E('daily use: start page, survey preview, one-tap smiley', () => {
  const e2e = useE2E();
  let staff: APIRequestContext;

  /** The analyst's page, signed in through the API; `staff` is its context's request for the API calls. */
  async function signedIn(): Promise<Page> {
    const { context, page } = await e2e.signedIn('analytiker@demokommune.dk', {
      viewport: { width: 1280, height: 900 },
    });
    staff = context.request;
    return page;
  }
  const smileySurvey = async () => {
    const list = await (await staff.get('/api/v1/surveys')).json();
    const found = (list.surveys as { id: string; title: string }[]).find(
      (s) => s.title === 'Smiley ved indgangen',
    );
    if (!found) throw new Error('demo smiley survey missing');
    return found.id;
  };
  const presses = async (id: string) =>
    (await (await staff.get(`/api/v1/surveys/${id}/smiley`)).json()).overall.total as number;

  it('the start page shows the index, units, alerts, initiatives and journeys, and its links lead on', async () => {
    const page = await signedIn();
    await page.goto('/');
    await page.getByRole('heading', { name: 'Borgeroplevet sammenhæng', level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'Bedste og svageste enheder' }).waitFor();
    await page.getByRole('heading', { name: 'Smiley-alarmer' }).waitFor();
    await page.getByRole('heading', { name: 'Igangværende forbedringstiltag' }).waitFor();
    await page.getByRole('heading', { name: 'Borgerforløb med flest knudepunkter' }).waitFor();
    await expect.poll(() => page.getByText(/Indeks \d,\d\d af [56]/).count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await mkdir('docs/screenshots', { recursive: true });
    await page.screenshot({ path: 'docs/screenshots/start-page.png', fullPage: true });

    await page.getByRole('link', { name: 'Se hele dashboardet' }).click();
    await page.waitForURL(/\/dashboard$/);
    await page.goBack();
    // A unit links to the dashboard scoped to it.
    const unit = page.getByRole('region', { name: 'Bedste og svageste enheder' }).getByRole('link').first();
    await unit.click();
    await page.waitForURL(/\/dashboard\?unitId=/);
    await page.goBack();
    const journeys = page
      .getByRole('region', { name: 'Borgerforløb med flest knudepunkter' })
      .getByRole('link');
    if ((await journeys.count()) > 0) {
      await journeys.first().click();
      await page.waitForURL(/\/journeys\/[0-9a-f-]{36}$/);
      await page.goBack();
    }
    await page.getByRole('link', { name: 'Alle tiltag' }).click();
    await page.waitForURL(/\/improvement\/initiatives$/);
  });

  it('the survey page previews the citizen page at phone and desktop width; test answers are not counted', async () => {
    const page = await signedIn();
    const id = await smileySurvey();
    const before = await presses(id);
    await page.goto(`/surveys/${id}`);
    await page.getByRole('heading', { name: 'Forhåndsvisning og test' }).waitFor();
    await page.getByRole('img', { name: 'QR-kode til undersøgelsen' }).waitFor();
    const frame = page.frameLocator('iframe.preview-frame');
    await frame.getByRole('heading', { name: 'Smiley ved indgangen', level: 1 }).waitFor();
    expect(await page.locator('iframe.preview-frame').evaluate((f) => f.getBoundingClientRect().width)).toBe(
      375,
    );
    await page.getByRole('button', { name: /Computer/ }).click();
    expect(await page.locator('iframe.preview-frame').evaluate((f) => f.getBoundingClientRect().width)).toBe(
      1024,
    );
    await frame.getByLabel('Meget utilfreds').check();
    await frame.getByRole('button', { name: 'Send svar' }).click();
    await frame.getByRole('heading', { name: 'Testsvar – ikke gemt' }).waitFor();
    expect(await presses(id)).toBe(before);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('the smiley terminal records one press with one tap, drawn faces and no emoji', async () => {
    const page = await signedIn();
    const id = await smileySurvey();
    const csrf = (await (await staff.get('/api/v1/auth/me')).json()).csrfToken as string;
    const reg = await staff.post(`/api/v1/surveys/${id}/kiosks`, {
      headers: { 'x-csrf-token': csrf },
      data: { name: 'Indgang' },
    });
    expect(reg.status()).toBe(201);
    const before = await presses(id);
    const tablet = await e2e.context({
      viewport: { width: 1024, height: 768 },
      hasTouch: true,
    });
    const k = await tablet.newPage();
    await k.goto((await reg.json()).kioskPath);
    await k.getByRole('button', { name: 'Meget tilfreds' }).waitFor();
    expect(await k.locator('svg.face').count()).toBe(4);
    expect(await seriousA11yViolations(k)).toEqual([]);
    await k.getByRole('button', { name: 'Meget tilfreds' }).tap();
    await k.getByRole('heading', { name: 'Tak for dine svar!' }).waitFor();
    await expect.poll(() => presses(id), { timeout: 15_000 }).toBe(before + 1);
    // The survey page shows the presses by weekday and hour.
    await page.goto(`/surveys/${id}`);
    await page.getByRole('heading', { name: 'Tryk fordelt på ugedag og time' }).waitFor();
  });
});
