import type { BrowserContext } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeE2E, logIn, seriousA11yViolations } from './harness.ts';
import { type SignedIn, useE2E } from './use-e2e.ts';

/**
 * Issue 3's "done means": an analyst creates a survey for Borgerservice with the six indicators in
 * Danish and English and prints its QR sheet; one citizen answers on a phone without JavaScript, another
 * on the kiosk while the network drops; each is counted exactly once. Every test has its own context and
 * its own survey (made through the API where the survey is not what it is about), so any one runs alone.
 */
describeE2E('citizen-experience surveys', () => {
  const e2e = useE2E();

  /** An open survey for Borgerservice with the six indicators in Danish and English, made by the analyst. */
  async function openSurvey(): Promise<SignedIn & { surveyId: string; publicPath: string }> {
    const staff = await e2e.signedIn('analytiker@demokommune.dk');
    const headers = { 'x-csrf-token': staff.csrf };
    const units = (await (await staff.context.request.get('/api/v1/units')).json()).units as {
      id: string;
      name: string;
    }[];
    const unit = units.find((u) => u.name === 'Borgerservice Hovedbiblioteket');
    const created = await staff.context.request.post('/api/v1/surveys', {
      headers,
      data: {
        title: 'Borgerservice – sammenhæng (API)',
        languages: ['da', 'en'],
        channels: ['link', 'qr', 'kiosk'],
        unitIds: [unit?.id],
        definition: { sets: ['coherence'], localQuestions: [] },
      },
    });
    expect(created.status()).toBe(201);
    const { id, publicPath } = (await created.json()).survey as { id: string; publicPath: string };
    const opened = await staff.context.request.post(`/api/v1/surveys/${id}/open`, { headers });
    expect(opened.status()).toBe(200);
    return { ...staff, surveyId: id, publicPath };
  }
  const countsByChannel = async (staff: BrowserContext, surveyId: string) => {
    const stats = await (await staff.request.get(`/api/v1/surveys/${surveyId}/stats`)).json();
    const byChannel = Object.fromEntries(
      stats.perDay.map((r: { channel: string; count: number }) => [r.channel, r.count]),
    );
    return { byChannel, total: stats.total as number };
  };

  it('an analyst creates and opens a survey for Borgerservice in Danish and English, and prints the QR sheet', async () => {
    const staff = await e2e.context({ locale: 'da-DK' });
    const page = await staff.newPage();
    await logIn(page, e2e.baseUrl, 'analytiker@demokommune.dk');
    await page.getByRole('link', { name: 'Undersøgelser' }).first().click();
    await page.getByLabel('Titel').fill('Borgerservice – sammenhæng');
    await page.getByLabel('Borgerservice Hovedbiblioteket').check();
    await page.getByLabel('English').check();
    await expect.poll(() => page.getByLabel('Borgeroplevet sammenhæng (6 spørgsmål)').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Opret kladde' }).click();
    // The draft is edited in the same form: the kiosk answers below need the kiosk channel, since a
    // survey refuses submissions from channels it does not list.
    await page.getByRole('button', { name: 'Redigér kladde' }).click();
    const edit = page.getByRole('region', { name: 'Redigér kladde' });
    expect(await edit.getByLabel('Titel').inputValue()).toBe('Borgerservice – sammenhæng');
    expect(await edit.getByLabel('English').isChecked()).toBe(true);
    await edit.getByLabel('Kiosk', { exact: true }).check();
    await edit.getByRole('button', { name: 'Gem kladde' }).click();
    await page.getByText('Kladden er gemt.').waitFor();
    await page.getByRole('button', { name: 'Åbn for svar' }).click();
    await page.getByText('Åben', { exact: true }).first().waitFor();
    const surveyId = page.url().split('/surveys/')[1] ?? '';
    const saved = await (await staff.request.get(`/api/v1/surveys/${surveyId}`)).json();
    expect(saved.survey.channels).toEqual(['link', 'qr', 'kiosk']);
    expect(saved.survey.languages).toEqual(['da', 'en']);
    const publicPath = (await page.getByRole('link', { name: /\/s\// }).getAttribute('href')) ?? '';
    expect(publicPath).toMatch(/^\/s\/[\w-]{22}$/);
    const sheet = await staff.newPage();
    await sheet.goto(`/api/v1/surveys/${surveyId}/qr-sheet`);
    await expect.poll(() => sheet.locator('svg').count()).toBeGreaterThan(0);
    expect(await sheet.textContent('body')).toContain('Demokommune');
    await sheet.close();
  });

  it('a citizen answers on a phone with JavaScript disabled', async () => {
    const { context: staff, surveyId, publicPath } = await openSurvey();
    const phone = await e2e.context({
      baseURL: e2e.baseUrl,
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'da-DK',
    });
    const p = await phone.newPage();
    const res = await p.goto(publicPath);
    expect(res?.status()).toBe(200);
    expect(Number((await res?.headerValue('content-length')) ?? (await res?.body())?.length)).toBeLessThan(
      50_000,
    );
    for (const item of ['solutions', 'involvement', 'information', 'language', 'cooperation', 'respect']) {
      await p.locator(`label[for="q-coherence-${item}-4"]`).click();
    }
    await p.getByRole('button', { name: 'Send svar' }).click();
    await p.getByRole('heading', { name: 'Tak for dine svar' }).waitFor();
    // The same browser session cannot answer twice.
    await p.goto(publicPath);
    await p.getByRole('heading', { name: 'Du har allerede svaret' }).waitFor();
    expect(await countsByChannel(staff, surveyId)).toEqual({ byChannel: { link: 1 }, total: 1 });
  });

  it('the public page and the kiosk are axe-clean (WCAG 2.1 AA)', async () => {
    const { publicPath } = await openSurvey();
    const p = await (await e2e.context({ locale: 'en-GB' })).newPage();
    await p.goto(publicPath);
    expect(await p.getAttribute('html', 'lang')).toBe('en');
    expect(await seriousA11yViolations(p)).toEqual([]);
    await p.goto(`${publicPath}?lang=da`);
    await p.getByRole('button', { name: 'Send svar' }).click();
    expect(await seriousA11yViolations(p)).toEqual([]);
  });

  it('a citizen answers on the kiosk while the network drops, and is counted once', async () => {
    const { context: staff, csrf, surveyId } = await openSurvey();
    const reg = await staff.request.post(`/api/v1/surveys/${surveyId}/kiosks`, {
      headers: { 'x-csrf-token': csrf },
      data: { name: 'Skranke 1' },
    });
    expect(reg.status()).toBe(201);
    const kioskPath = (await reg.json()).kioskPath as string;
    const tablet = await e2e.context({
      viewport: { width: 1024, height: 768 },
      hasTouch: true,
    });
    const k = await tablet.newPage();
    // The tablet's timers run on Playwright's clock, so the 30 s drop below takes no real 30 s.
    await k.clock.install();
    await k.goto(kioskPath);
    await k.getByRole('button', { name: 'Dansk' }).click();
    for (let i = 0; i < 5; i++) await k.getByRole('button', { name: 'Helt enig' }).click();
    await tablet.setOffline(true);
    await k.getByRole('button', { name: 'Helt enig' }).click();
    await k.getByRole('heading', { name: 'Tak for dine svar!' }).waitFor();
    await expect.poll(() => k.textContent('#status')).toContain('1 svar venter');
    // The 30 s drop: the tablet retries every 5 s (six failed sends) and the thank-you screen
    // resets to the start meanwhile; the queued answer must stay queued, and be sent once, afterwards.
    for (let waited = 0; waited < 30_000; waited += 10_000) {
      await k.clock.runFor(10_000);
      expect(await k.textContent('#status')).toContain('1 svar venter');
    }
    await tablet.setOffline(false);
    await k.clock.runFor(5_000);
    await expect.poll(() => k.textContent('#status'), { timeout: 15_000 }).toBe('');
    expect(await seriousA11yViolations(k)).toEqual([]);
    expect(await countsByChannel(staff, surveyId)).toEqual({ byChannel: { kiosk: 1 }, total: 1 });
  });

  it("the units page shows the selected unit's smiley alert rule and whether it fires", async () => {
    const { context: staff, csrf } = await e2e.signedIn('analytiker@demokommune.dk');
    const units = (await (await staff.request.get('/api/v1/units?includeArchived=false')).json()).units as {
      id: string;
      name: string;
    }[];
    const unit = units.find((u) => u.name === 'Borgerservice Hovedbiblioteket');
    expect(unit).toBeDefined();
    const rule = { windowMinutes: 15, minPresses: 4, unhappyShare: 0.5 };
    const set = await staff.request.post(`/api/v1/units/${unit?.id}/smiley-alert`, {
      headers: { 'x-csrf-token': csrf },
      data: rule,
    });
    expect(set.status()).toBe(200);
    const { page: admin } = await e2e.signedIn();
    await admin.goto('/units');
    await admin.locator(`[role="treeitem"][data-id="${unit?.id}"] > .unit-row`).click();
    const side = admin.getByRole('complementary');
    await side.getByRole('heading', { name: 'Smiley-alarm for enheden' }).waitFor();
    await side
      .getByText('Regel: alarm ved mindst 50 % utilfredse blandt mindst 4 tryk inden for 15 minutter.')
      .waitFor();
    expect(await side.getByRole('status').textContent()).toMatch(
      /^(Alarmen er udløst lige nu\.|Ingen alarm lige nu\.)$/,
    );
  });
});
