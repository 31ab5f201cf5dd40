import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, describeDb, login, makeTenant, type TestApp } from '../../test/app.ts';
import { openSurveyFor, postForm } from '../surveys/test-helpers.ts';

/** The fields a browser would send from the page's form: its hidden inputs (the answers carried so far). */
function hiddenFields(html: string): URLSearchParams {
  const params = new URLSearchParams();
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g))
    params.append(m[1] ?? '', (m[2] ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
  return params;
}

/**
 * Issue 16 (audit): on pages after the first the language choice is a button of the survey's own form, so
 * switching language mid-survey re-renders the same page in the new language with every answer kept —
 * without JavaScript, without validation errors, and without storing anything.
 */
describeDb('switching language mid-survey', () => {
  let t: TestApp;
  let tenant: Awaited<ReturnType<typeof makeTenant>>;
  let path = '';
  const responses = () =>
    t.database.db
      .selectFrom('survey_response')
      .selectAll()
      .where('municipality_id', '=', tenant.municipality.id)
      .execute();

  beforeAll(async () => {
    t = await createTestApp();
    tenant = await makeTenant(t.database, 'langswitch');
    const analyst = await login(t.app, 'analyst@langswitch.dk');
    ({ path } = await openSurveyFor(t.app, analyst, tenant.unit.id, {
      languages: ['da', 'en', 'ar'],
      definition: {
        sets: ['coherence', 'satisfaction'],
        localQuestions: [
          {
            id: 'local.comment',
            type: 'free_text',
            required: true,
            text: { da: 'Har du en kommentar?', en: 'Any comment?' },
          },
        ],
      },
    }));
  });
  afterAll(() => t.close());

  it('keeps page 1 links, then re-renders page 2 in the new language with every answer and stores all at the end', async () => {
    const first = await t.app.inject({ url: `${path}?lang=da` });
    expect(first.body).toContain(`href="${path}?lang=en"`);
    const page1 = hiddenFields(first.body);
    page1.set('nav', 'next');
    page1.set('a.coherence.solutions', '5');
    page1.set('a.coherence.language', 'dk');
    const page2 = await postForm(t.app, path, page1.toString());
    expect(page2.body).toContain('Trin 2 af 3');
    // Past page 1 the switch is a submit button of the form (works without JavaScript), not a link.
    expect(page2.body).not.toContain(`href="${path}?lang=en"`);
    expect(page2.body).toMatch(
      /<button type="submit" form="survey" name="switch" value="en" lang="en" dir="ltr"[^>]*>English<\/button>/,
    );
    expect(page2.body).toContain('<form id="survey" method="post"');

    // The citizen has ticked an answer on page 2 and switches to English before going on.
    const switchBody = hiddenFields(page2.body);
    switchBody.set('a.satisfaction.overall', '4');
    switchBody.set('switch', 'en');
    const english = await postForm(t.app, path, switchBody.toString());
    expect(english.statusCode).toBe(200);
    expect(english.body).toContain('<html lang="en" dir="ltr">');
    expect(english.body).toContain('Step 2 of 3');
    expect(english.body).toContain('name="a.coherence.solutions" value="5"');
    expect(english.body).toContain('name="a.coherence.language" value="dk"');
    expect(english.body).toMatch(/name="a\.satisfaction\.overall" value="4" checked/);
    expect(english.body).toContain('<input type="hidden" name="lang" value="en">');
    // Remembered like the link's choice; the same page again, so no step moved and nothing stored.
    expect(english.cookies.find((c) => c.name === 'bb_lang')).toMatchObject({ value: 'en', httpOnly: true });
    expect(await responses()).toEqual([]);

    // Page 3 holds a required question: a switch there shows no validation errors, and still stores nothing.
    const next = hiddenFields(english.body);
    next.set('a.satisfaction.overall', '4');
    next.set('nav', 'next');
    const page3 = await postForm(t.app, path, next.toString());
    expect(page3.body).toContain('Step 3 of 3');
    const toArabic = hiddenFields(page3.body);
    toArabic.set('switch', 'ar');
    const arabic = await postForm(t.app, path, toArabic.toString());
    expect(arabic.statusCode).toBe(200);
    expect(arabic.body).toContain('<html lang="ar" dir="rtl">');
    expect(arabic.body).not.toContain('class="errors"');
    expect(arabic.body).not.toContain('class="err"');
    expect(await responses()).toEqual([]);

    const finish = hiddenFields(arabic.body);
    finish.set('a.local.comment', 'Fin service');
    finish.set('nav', 'submit');
    const done = await postForm(t.app, path, finish.toString());
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(`${path}/thanks?lang=ar`);
    const [response] = await responses();
    expect(response?.locale).toBe('ar');
    const answers = await t.database.db
      .selectFrom('survey_answer')
      .select(['item_id', 'value', 'dont_know'])
      .where('response_id', '=', response?.id ?? -1)
      .execute();
    expect(answers.map((a) => [a.item_id, a.value, a.dont_know]).sort()).toEqual([
      ['coherence.language', null, true],
      ['coherence.solutions', 5, false],
      ['satisfaction.overall', 4, false],
    ]);
    const text = await t.database.db
      .selectFrom('survey_text_answer')
      .select('body')
      .where('response_id', '=', response?.id ?? -1)
      .execute();
    expect(text.map((r) => r.body)).toEqual(['Fin service']);
  });

  it('ignores a switch to a language the survey does not offer, and drops unknown fields quietly', async () => {
    const body = new URLSearchParams({
      step: '1',
      lang: 'en',
      c: 'link',
      switch: 'pl',
      'a.coherence.solutions': '3',
      'a.local.nope': 'x',
    });
    const res = await postForm(t.app, path, body.toString());
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="en" dir="ltr">');
    expect(res.body).toContain('Step 2 of 3');
    expect(res.body).toContain('name="a.coherence.solutions" value="3"');
    expect(res.body).not.toContain('local.nope');
    expect(res.body).not.toContain('class="errors"');
    expect(res.cookies.find((c) => c.name === 'bb_lang')).toBeUndefined();
  });
});
