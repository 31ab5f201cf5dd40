import ExcelJS from 'exceljs';
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
import { responseRows } from './response-rows.ts';
import { fullForm, openSurveyFor, postForm } from './test-helpers.ts';

describeDb('survey results and export', () => {
  let t: TestApp;
  let analyst: Session;
  let survey: { id: string; token: string; path: string };
  let municipalityId: string;

  beforeAll(async () => {
    process.env.BORGERBLIK_PUBLIC_RATE_LIMITS = 'client=1000';
    t = await createTestApp();
    const tenant = await makeTenant(t.database, 'export');
    municipalityId = tenant.municipality.id;
    await t.database.db
      .updateTable('municipality')
      .set({ min_group_size: 3 })
      .where('id', '=', tenant.municipality.id)
      .execute();
    analyst = await login(t.app, 'analyst@export.dk');
    survey = await openSurveyFor(t.app, analyst, tenant.unit.id);
  });
  afterAll(async () => {
    delete process.env.BORGERBLIK_PUBLIC_RATE_LIMITS;
    await t.close();
  });

  const answer = (n: number) =>
    Promise.all(
      Array.from({ length: n }, (_, i) =>
        postForm(t.app, survey.path, fullForm(2, { 'a.local.comment': `=kommentar ${i}, "citat"` })),
      ),
    );

  it('refuses exports and free text below the minimum group sizes', async () => {
    await answer(2);
    const refused = await api(t.app, analyst, 'GET', `/surveys/${survey.id}/export.csv`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('group_too_small');
    await answer(2);
    const csv = await api(t.app, analyst, 'GET', `/surveys/${survey.id}/export.csv`);
    expect(csv.statusCode).toBe(200);
    const [header] = csv.body.replace('\uFEFF', '').split('\r\n');
    // 4 responses: above the minimum of 3, below the free-text minimum of max(10, 6): no text column.
    expect(header).toBe(
      'response,hour,unit_id,channel,locale,coherence.solutions,coherence.involvement,coherence.information,coherence.language,coherence.cooperation,coherence.respect,satisfaction.overall',
    );
    expect((await api(t.app, analyst, 'GET', `/surveys/${survey.id}/free-text`)).statusCode).toBe(409);
  });

  it('streams one row per response and one column per item, with free text above its minimum', async () => {
    await answer(8);
    const csv = await api(t.app, analyst, 'GET', `/surveys/${survey.id}/export.csv`);
    const lines = csv.body.trim().split('\r\n');
    expect(lines).toHaveLength(13);
    expect(lines[0]?.endsWith(',local.comment')).toBe(true);
    expect(lines[1]).toMatch(/,link,da,1,2,3,4,5,1,dk,"'=kommentar \d, ""citat"""$/);
    const xlsx = await api(t.app, analyst, 'GET', `/surveys/${survey.id}/export.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('responses');
    expect(sheet?.rowCount).toBe(13);
    expect(sheet?.getRow(2).getCell(6).value).toBe(1);
    const texts = await api(t.app, analyst, 'GET', `/surveys/${survey.id}/free-text`);
    expect(texts.json().answers).toHaveLength(12);
  });

  it('counts responses per day and channel, and serves QR codes and a print sheet', async () => {
    const stats = (await api(t.app, analyst, 'GET', `/surveys/${survey.id}/stats`)).json();
    expect(stats.total).toBe(12);
    expect(stats.perDay).toEqual([
      { day: expect.stringMatching(/^\d{4}-\d\d-\d\d$/), channel: 'link', count: 12 },
    ]);
    const png = await api(t.app, analyst, 'GET', `/surveys/${survey.id}/qr.png`);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    const svg = await api(t.app, analyst, 'GET', `/surveys/${survey.id}/qr.svg`);
    expect(svg.body).toContain('<svg');
    const sheet = await api(t.app, analyst, 'GET', `/surveys/${survey.id}/qr-sheet`);
    expect(sheet.body).toContain('Kommune export');
    expect(sheet.body).toContain(`${survey.path}?c=qr`);
  });

  it('reads every response once, in id order, across batch boundaries (cursor on PostgreSQL, pages on PGlite)', async () => {
    const ids: number[] = [];
    for await (const r of responseRows(t.database.db, t.database.kind, { municipalityId }, survey.id, 5)) {
      ids.push(r.id);
      expect(r.answers).toBeTypeOf('object');
    }
    expect(ids).toHaveLength(12);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(12);
  });
});
