import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeE2E, logInByApi, seriousA11yViolations } from './harness.ts';
import { useE2E } from './use-e2e.ts';

/**
 * Issue 16's "done means" for languages: a citizen answers in Danish, nynorsk, Arabic (right to left)
 * and easy-read Danish on a phone, with and without JavaScript; in every language variant every page of
 * the three-page form, the thank-you, already-answered and closed pages and the kiosk are axe-clean,
 * switching language mid-survey keeps the answers, and the smiley terminal runs Arabic right to left;
 * the dashboard counts the answers per language. The surveys are made once (beforeAll); each test has
 * its own contexts and gives the answers it counts itself.
 */
describeE2E('survey languages', () => {
  let staff: BrowserContext;
  let surveyId = '';
  let publicPath = '';
  let closedPath = '';
  const LANGS = ['da', 'nn', 'ar', 'da-x-easy'] as const;
  /** The languages added to the survey's Danish: the dashboard lists each as a small group. */
  const ADDED = ['nn', 'ar', 'da-x-easy'] as const;
  const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'da-DK' };

  const e2e = useE2E({
    // Every citizen here posts from 127.0.0.1, three pages each, a dozen citizens a minute: more than
    // the 20 submissions a minute one address may send (rate-limit.ts), read once when the app starts.
    env: { BORGERBLIK_PUBLIC_RATE_LIMITS: 'client=1000' },
    async setup({ baseUrl, browser }) {
      // Signed in through the API: this test is about the server-rendered citizen pages (no web build).
      staff = await browser.newContext({ baseURL: baseUrl, locale: 'da-DK' });
      const csrf = await logInByApi(staff.request, baseUrl, 'analytiker@demokommune.dk');
      const units = (await (await staff.request.get('/api/v1/units')).json()).units as { id: string }[];
      const headers = { 'x-csrf-token': csrf };
      // Three pages: the six indicators, satisfaction, and a local question.
      const make = async (title: string) => {
        const created = await staff.request.post('/api/v1/surveys', {
          headers,
          data: {
            title,
            languages: LANGS,
            channels: ['link', 'qr', 'kiosk'],
            unitIds: [units[0]?.id],
            definition: {
              sets: ['coherence', 'satisfaction'],
              localQuestions: [
                {
                  id: 'local.comment',
                  type: 'free_text',
                  text: { da: 'Har du en kommentar?', nb: 'Har du en kommentar?' },
                },
              ],
            },
          },
        });
        expect(created.status()).toBe(201);
        const survey = (await created.json()).survey as { id: string; publicPath: string };
        expect((await staff.request.post(`/api/v1/surveys/${survey.id}/open`, { headers })).status()).toBe(
          200,
        );
        return survey;
      };
      const survey = await make('Sprogtest');
      surveyId = survey.id;
      publicPath = survey.publicPath;
      // A second survey, closed: its page ("the survey is closed") is checked in every language.
      const closed = await make('Sprogtest lukket');
      expect((await staff.request.post(`/api/v1/surveys/${closed.id}/close`, { headers })).status()).toBe(
        200,
      );
      closedPath = closed.publicPath;
    },
  });

  /** The page's language and direction are `lang`'s; axe finds nothing serious when `axe` (it needs JavaScript). */
  async function expectPage(p: Page, lang: string, axe: boolean, what: string) {
    expect(await p.getAttribute('html', 'lang'), what).toBe(lang);
    expect(await p.getAttribute('html', 'dir'), what).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    if (axe) expect(await seriousA11yViolations(p), `${what} in ${lang}`).toEqual([]);
  }

  /** Moves on with the form's own button (the header's hidden default button repeats it). */
  const forward = (p: Page) => p.locator('.nav button[name="nav"]').first().click();

  /**
   * One citizen's answer in `lang` on a phone, through all three pages; with `check` (and JavaScript)
   * every page is axe-checked: the form's pages, thank-you, already answered, and the closed survey's.
   */
  async function answerOnPhone(lang: (typeof LANGS)[number], js: boolean, check = true) {
    const phone = await e2e.context({ ...PHONE, javaScriptEnabled: js });
    const axe = js && check;
    const p = await phone.newPage();
    await p.goto(publicPath);
    // On the first page the language switch is a plain link: it works without JavaScript and is remembered.
    if (lang !== 'da') {
      await p.locator(`.langs a[hreflang="${lang}"]`).click();
      await p.waitForURL(new RegExp(`lang=${lang}`));
    }
    await expectPage(p, lang, axe, 'page 1');
    if (lang === 'ar' && axe) {
      await p.screenshot({ path: 'docs/screenshots/survey-ar-phone.png', fullPage: true });
      // Mirrored in fact, not only in the attribute: the answer's round mark sits at the right, where an
      // Arabic reader starts, and the label's wide padding is on that side.
      const option = p.locator('label[for="q-coherence-solutions-5"]');
      const [mark, box] = await Promise.all([
        option.evaluate((el) => getComputedStyle(el, '::before').right),
        option.evaluate((el) => {
          const s = getComputedStyle(el);
          return { left: Number.parseFloat(s.paddingLeft), right: Number.parseFloat(s.paddingRight) };
        }),
      ]);
      expect(mark).toBe('16px');
      expect(box.right).toBeGreaterThan(box.left);
    }
    for (const item of ['solutions', 'involvement', 'information', 'language', 'cooperation', 'respect'])
      await p.locator(`label[for="q-coherence-${item}-4"]`).click();
    await forward(p);
    await p.locator('#q-satisfaction-overall').waitFor();
    await expectPage(p, lang, axe, 'page 2');
    await p.locator('label[for="q-satisfaction-overall-4"]').click();
    await forward(p);
    await p.locator('#q-local-comment-in').waitFor();
    await expectPage(p, lang, axe, 'page 3');
    await p.locator('#q-local-comment-in').fill('God hjælp');
    await forward(p);
    await p.waitForURL(/\/thanks/);
    await expectPage(p, lang, axe, 'thank-you page');
    // The same browser again: "you have already answered", in the remembered language.
    await p.goto(publicPath);
    await p.locator('main h1').waitFor();
    expect(await p.locator('form').count()).toBe(0);
    await expectPage(p, lang, axe, 'already-answered page');
    const closed = await p.goto(`${closedPath}?lang=${lang}`);
    expect(closed?.status()).toBe(410);
    await expectPage(p, lang, axe, 'closed page');
  }

  for (const lang of LANGS)
    for (const js of [true, false])
      it(`a citizen answers in ${lang} on a phone ${js ? 'with' : 'without'} JavaScript`, () =>
        answerOnPhone(lang, js));

  for (const js of [true, false])
    it(`switching language on page 2 keeps every answer ${js ? 'with' : 'without'} JavaScript`, async () => {
      const p = await (await e2e.context({ ...PHONE, javaScriptEnabled: js })).newPage();
      await p.goto(publicPath);
      await p.locator('label[for="q-coherence-solutions-5"]').click();
      await forward(p);
      await p.locator('label[for="q-satisfaction-overall-2"]').click();
      // Past page 1 the language choice is a button of the survey form: same page, answers kept.
      await p.locator('.langs button[value="ar"]').click();
      await p.locator('html[lang="ar"]').waitFor({ state: 'attached' });
      await expectPage(p, 'ar', js, 'page 2 after the switch');
      expect(await p.locator('#q-satisfaction-overall-2').isChecked()).toBe(true);
      expect(
        await p.locator('input[type="hidden"][name="a.coherence.solutions"]').getAttribute('value'),
      ).toBe('5');
      expect(await p.locator('.errors').count()).toBe(0);
      // Enter in a field still moves on (the form's own button, not a language, is its default).
      await p.locator('#q-satisfaction-overall-2').focus();
      await p.keyboard.press('Enter');
      await p.locator('#q-local-comment-in').waitFor();
      expect(await p.getAttribute('html', 'lang')).toBe('ar');
      // Back to Danish on page 3 (a Danish answer: the dashboard's small groups per added language stay as counted there).
      await p.locator('.langs button[value="da"]').click();
      await p.locator('html[lang="da"]').waitFor({ state: 'attached' });
      await forward(p);
      await p.waitForURL(/\/thanks\?lang=da/);
      expect(await p.getAttribute('html', 'lang')).toBe('da');
    });

  it('the dashboard lists the answers per language, small groups hidden', async () => {
    for (const lang of ADDED) await answerOnPhone(lang, false, false);
    const res = await staff.request.get('/api/v1/dashboard/answers-by-language');
    const rows = (await res.json()).languages as { language: string; status: string; n: number | null }[];
    // One to three answers per language here (as the tests run alone or together): below the municipality's minimum group size, so listed but not counted.
    for (const lang of ADDED) {
      const row = rows.find((r) => r.language === lang);
      expect(row, lang).toBeDefined();
      expect(row?.n, lang).toBeNull();
    }
  });

  it('the smiley terminal with a language choice runs Arabic right to left, faces and follow-up axe-clean', async () => {
    const csrf = (await (await staff.request.get('/api/v1/auth/me')).json()).csrfToken as string;
    const headers = { 'x-csrf-token': csrf };
    const units = (await (await staff.request.get('/api/v1/units')).json()).units as { id: string }[];
    const created = await staff.request.post('/api/v1/surveys', {
      headers,
      data: {
        title: 'Smiley sprog',
        mode: 'smiley',
        languages: ['da', 'ar'],
        channels: ['smiley', 'kiosk'],
        unitIds: [units[0]?.id],
        definition: { sets: [], smiley: { followUp: true, chooseLanguage: true } },
      },
    });
    expect(created.status()).toBe(201);
    const id = (await created.json()).survey.id as string;
    expect((await staff.request.post(`/api/v1/surveys/${id}/open`, { headers })).status()).toBe(200);
    const reg = await staff.request.post(`/api/v1/surveys/${id}/kiosks`, {
      headers,
      data: { name: 'Smiley' },
    });
    const k = await (await e2e.context({ viewport: { width: 1024, height: 768 } })).newPage();
    await k.goto((await reg.json()).kioskPath);
    await k.getByRole('button', { name: 'العربية' }).click();
    expect(await k.getAttribute('html', 'dir')).toBe('rtl');
    expect(await k.getAttribute('html', 'lang')).toBe('ar');
    // The faces: drawn, named in Arabic, axe-clean right to left.
    expect(await k.locator('svg.face').count()).toBe(4);
    expect(await seriousA11yViolations(k)).toEqual([]);
    await k.locator('.faces button').first().click();
    // The follow-up question, still right to left and axe-clean.
    await expect.poll(() => k.locator('.faces').count()).toBe(0);
    expect(await k.getAttribute('html', 'dir')).toBe('rtl');
    expect(await seriousA11yViolations(k)).toEqual([]);
  });

  it('the kiosk offers the languages as large buttons and runs Arabic right to left, axe-clean', async () => {
    const csrf = (await (await staff.request.get('/api/v1/auth/me')).json()).csrfToken as string;
    const reg = await staff.request.post(`/api/v1/surveys/${surveyId}/kiosks`, {
      headers: { 'x-csrf-token': csrf },
      data: { name: 'Skranke sprog' },
    });
    const kioskPath = (await reg.json()).kioskPath as string;
    const tablet = await e2e.context({
      viewport: { width: 1024, height: 768 },
    });
    const k = await tablet.newPage();
    await k.goto(kioskPath);
    await k.getByRole('button', { name: 'Let dansk' }).waitFor();
    expect(await seriousA11yViolations(k)).toEqual([]);
    for (const name of ['Norsk nynorsk', 'العربية', 'Let dansk']) {
      await k.getByRole('button', { name }).click();
      expect(await seriousA11yViolations(k)).toEqual([]);
      if (name === 'العربية') {
        expect(await k.getAttribute('html', 'dir')).toBe('rtl');
        await k.screenshot({ path: 'docs/screenshots/kiosk-ar.png' });
      }
      await k.reload();
      await k.getByRole('button', { name: 'Let dansk' }).waitFor();
    }
  });
});
