import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  api,
  createTestApp,
  describeDb,
  login,
  makeTenant,
  type Session,
  type TestApp,
} from '../../test/app.ts';
import { QueryRecorder } from '../../test/query-recorder.ts';
import { fullForm, openSurveyFor, postForm } from '../surveys/test-helpers.ts';

describeDb('survey languages and translations', () => {
  let t: TestApp;
  let analyst: Session;
  let survey: { id: string; token: string; path: string };
  let tenant: Awaited<ReturnType<typeof makeTenant>>;
  const recorder = new QueryRecorder();
  const importFile = (lang: string, body: string, format = 'xliff') =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/translations/${lang}/import?format=${format}`,
      headers: {
        cookie: analyst.cookie,
        'x-csrf-token': analyst.csrf,
        'content-type': format === 'csv' ? 'text/csv' : 'application/xliff+xml',
      },
      payload: body,
    });
  const exportFile = async (lang: string, format = 'xliff') =>
    (await api(t.app, analyst, 'GET', `/translations/${lang}/export?format=${format}`)).body;

  beforeAll(async () => {
    t = await createTestApp({}, [recorder]);
    tenant = await makeTenant(t.database, 'lang');
    analyst = await login(t.app, 'analyst@lang.dk');
    survey = await openSurveyFor(t.app, analyst, tenant.unit.id, {
      languages: ['da', 'nn', 'ar', 'da-x-easy', 'nb'],
    });
  });
  afterAll(() => t.close());

  it('adds any valid BCP 47 tag and refuses a malformed one with 400 naming the field', async () => {
    const ok = await api(t.app, analyst, 'POST', '/translations/languages', { tag: 'SO' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().language).toMatchObject({ tag: 'so', builtin: false, dir: 'ltr' });
    const bad = await api(t.app, analyst, 'POST', '/translations/languages', { tag: 'not a tag' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('tag');
    const list = (await api(t.app, analyst, 'GET', '/translations/languages')).json().languages;
    const ar = list.find((l: { tag: string }) => l.tag === 'ar');
    expect(ar).toMatchObject({ ownName: 'العربية', dir: 'rtl' });
    expect(ar.progress.unreviewed).toBeGreaterThan(90);
    expect(ar.progress.validated).toBe(0);
    const nb = list.find((l: { tag: string }) => l.tag === 'nb');
    expect(nb.progress.validated).toBe(12);
  });

  it('serves the page in nynorsk, Arabic (right to left) and easy-read Danish, and remembers the choice', async () => {
    const nn = await t.app.inject({ url: survey.path, headers: { 'accept-language': 'nn-NO,nn;q=0.9' } });
    expect(nn.body).toContain('<html lang="nn" dir="ltr">');
    expect(nn.body).toContain('Kommunen sine medarbeidarar');
    const ar = await t.app.inject({ url: `${survey.path}?lang=ar` });
    expect(ar.body).toContain('<html lang="ar" dir="rtl">');
    expect(ar.body).toContain('يستخدم موظفو البلدية لغة أفهمها.');
    expect(ar.body).toContain('الخطوة 1 من 3');
    const cookie = ar.cookies.find((c) => c.name === 'bb_lang');
    expect(cookie?.value).toBe('ar');
    const again = await t.app.inject({
      url: survey.path,
      headers: { cookie: 'bb_lang=ar', 'accept-language': 'da' },
    });
    expect(again.body).toContain('dir="rtl"');
    const easy = await t.app.inject({ url: `${survey.path}?lang=da-x-easy` });
    expect(easy.body).toContain('<html lang="da-x-easy" dir="ltr">');
    expect(easy.body).toContain('De ansatte i kommunen taler, så jeg forstår det.');
    expect(easy.body).toContain('>Let dansk<');
  });

  it('stores the language and translation status with each response and counts answers per language', async () => {
    for (const [lang, n] of [
      ['nn', 1],
      ['ar', 2],
      ['nb', 1],
    ] as const) {
      for (let i = 0; i < n; i += 1) {
        const res = await postForm(t.app, survey.path, fullForm(2, { lang }));
        expect(res.statusCode).toBe(303);
        expect(res.headers.location).toContain(`lang=${lang}`);
      }
    }
    const rows = await t.database.db
      .selectFrom('survey_response')
      .select(['locale', 'translation_status'])
      .where('municipality_id', '=', tenant.municipality.id)
      .orderBy('locale')
      .execute();
    expect(rows).toEqual([
      { locale: 'ar', translation_status: 'unreviewed' },
      { locale: 'ar', translation_status: 'unreviewed' },
      // bokmål: the validated coherence items, but the satisfaction item is only reviewed
      { locale: 'nb', translation_status: 'reviewed' },
      // nynorsk starters are reviewed, but the survey's own question has no nynorsk text yet: it fell
      // back to Danish, so this response counts as unreviewed
      { locale: 'nn', translation_status: 'unreviewed' },
    ]);
    // The dashboard's answers per language hide small groups like every other figure: two Arabic
    // answers are never shown as "2" (the one endpoint for it, with the dashboard's suppression).
    const counts = (await api(t.app, analyst, 'GET', '/dashboard/answers-by-language')).json().languages as {
      language: string;
      status: string;
      n: number | null;
    }[];
    const arabic = counts.find((c) => c.language === 'ar');
    expect(arabic?.n).toBeNull();
    expect(arabic?.status).not.toBe('shown');
    expect((await api(t.app, analyst, 'GET', '/dashboard/languages')).statusCode).toBe(404);
  });

  it('round-trips an XLIFF export byte for byte, and an agency edit comes back exactly', async () => {
    const first = await exportFile('ar');
    expect(first).toContain(
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="da" trgLang="ar">',
    );
    const same = await importFile('ar', first);
    expect(same.statusCode).toBe(200);
    expect(same.json().changed).toBe(0);
    expect(await exportFile('ar')).toBe(first);

    const edited = first
      .replace('<target>التالي</target>', '<target>التالي &amp; المتابعة</target>')
      .replace(/(<unit id="page\.back">\s*<segment state=")translated/, '$1reviewed');
    const res = await importFile('ar', edited);
    expect(res.json()).toMatchObject({ changed: 2 });
    expect(await exportFile('ar')).toBe(edited);
    const page = await t.app.inject({ url: `${survey.path}?lang=ar` });
    expect(page.body).toContain('التالي &amp; المتابعة');
  });

  it('refuses a bad file with a 4xx naming line and element, and writes nothing', async () => {
    const before = await exportFile('ar');
    const lines = before.split('\n');
    const at = lines.findIndex((l) => l.includes('<unit id="page.skip">'));
    lines[at + 3] = lines[at + 3]?.replace('</target>', '') ?? '';
    const broken = await importFile('ar', lines.join('\n'));
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('translation_import_invalid');
    expect(broken.json().error.message).toMatch(/linje \d+/);

    const unknown = before.replace('<unit id="page.intro">', '<unit id="page.nope">');
    const res = await importFile('ar', unknown.replace('<target>رجوع</target>', '<target>CHANGED</target>'));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('<unit id="page.nope">');
    expect(res.json().error.message).toMatch(/linje \d+/);
    expect(await exportFile('ar')).toBe(before);

    const nb = await exportFile('nb');
    const tampered = nb.replace('bruker et språk jeg forstår.', 'snakker et språk jeg forstår.');
    const locked = await importFile('nb', tampered);
    expect(locked.statusCode).toBe(400);
    expect(locked.json().error.message).toContain('item.coherence.language');
    const claim = await exportFile('pl');
    const validated = claim.replace(/(<unit id="page\.next">\s*<segment state=")translated/, '$1final');
    expect((await importFile('pl', validated)).statusCode).toBe(400);
  });

  it('keeps the validated bokmål indicator wording word for word and exports it as final', async () => {
    const nb = await exportFile('nb');
    expect(nb).toMatch(
      /<unit id="item\.coherence\.language">\s*<segment state="final">\s*<source>[^<]*<\/source>\s*<target>Kommunens medarbeidere bruker et språk jeg forstår\.<\/target>/,
    );
    const put = await api(t.app, analyst, 'PUT', '/translations/nb/texts', {
      key: 'item.coherence.language',
      text: 'Noe annet',
      status: 'reviewed',
    });
    expect(put.statusCode).toBe(409);
  });

  it('imports and exports CSV for agencies without XLIFF tools', async () => {
    const csv = await exportFile('uk', 'csv');
    expect(csv.startsWith('\ufeffkey,source,target,status\r\n')).toBe(true);
    const same = await importFile('uk', csv, 'csv');
    expect(same.json().changed).toBe(0);
    const bad = await importFile('uk', `${csv}page.nope,x,y,reviewed\r\n`, 'csv');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('page.nope');
  });

  it('lists every language with its progress in a fixed number of queries, however many there are', async () => {
    const queries = async () => {
      recorder.statements.length = 0;
      expect((await api(t.app, analyst, 'GET', '/translations/languages')).statusCode).toBe(200);
      return recorder.statements.filter((q) => /text_translation|municipality_language|"survey"/.test(q));
    };
    const before = await queries();
    for (const tag of ['tr', 'lt', 'ro', 'fa'])
      await api(t.app, analyst, 'POST', '/translations/languages', { tag });
    const after = await queries();
    expect(after.length).toBe(before.length);
    expect(after.length).toBeLessThanOrEqual(3);
  });

  it('defuses formula-like texts in the CSV export and reads them back unchanged', async () => {
    const put = await api(t.app, analyst, 'PUT', '/translations/uk/texts', {
      key: 'page.next',
      text: '=HYPERLINK("x")',
      status: 'reviewed',
    });
    expect(put.statusCode).toBe(200);
    const csv = await exportFile('uk', 'csv');
    expect(csv).toContain(`page.next,Næste,"'=HYPERLINK(""x"")",reviewed`);
    const again = await importFile('uk', csv, 'csv');
    expect(again.json()).toMatchObject({ changed: 0 });
    const texts = (await api(t.app, analyst, 'GET', '/translations/uk/texts')).json().texts;
    expect(texts.find((e: { key: string }) => e.key === 'page.next').text).toBe('=HYPERLINK("x")');
  });

  it("names the reason of a refused file in the reader's language, as the message and as a field", async () => {
    const csv = `key,source,target,status\r\npage.nope,x,y,reviewed\r\n`;
    const da = (await importFile('uk', csv, 'csv')).json().error;
    expect(da.message).toBe(
      'Oversættelsen kan ikke importeres: linje 2, key=page.nope: Nøglen "page.nope" er ikke en tekst i Borgerblik. Intet er importeret; ret filen, og prøv igen.',
    );
    expect(da.fields).toEqual([
      { path: 'line 2', message: 'Nøglen "page.nope" er ikke en tekst i Borgerblik.' },
    ]);
    const en = await t.app.inject({
      method: 'POST',
      url: '/api/v1/translations/uk/import?format=xliff',
      headers: {
        cookie: analyst.cookie,
        'x-csrf-token': analyst.csrf,
        'content-type': 'application/xliff+xml',
        'accept-language': 'en',
      },
      payload:
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="da" trgLang="pl"></xliff>',
    });
    expect(en.statusCode).toBe(400);
    expect(en.json().error.fields[0].message).toMatch(
      /^(The file is for the language "pl", not "uk"\.|Filen er til sproget "pl", ikke "uk"\.)$/,
    );
  });
});
