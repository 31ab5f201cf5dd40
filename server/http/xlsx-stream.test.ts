import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type CellValue, EXCEL_MAX_ROWS, sheetName, xlsxSheetStream } from './xlsx-stream.ts';

async function workbook(stream: NodeJS.ReadableStream): Promise<ExcelJS.Workbook> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return book;
}

async function* table(n: number): AsyncGenerator<CellValue[]> {
  yield ['response', 'value'];
  for (let i = 1; i <= n; i++) yield [i, i * 2];
}

const values = (sheet: ExcelJS.Worksheet | undefined) =>
  sheet ? sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1)] : [])) : [];

describe('xlsxSheetStream: rows beyond a sheet go on in the next one', () => {
  it('keeps Excel’s 1,048,576 rows per sheet by default', () => {
    expect(EXCEL_MAX_ROWS).toBe(2 ** 20);
  });

  it('starts `name 2`, `name 3` with the header repeated, every row once and in order', async () => {
    const book = await workbook(xlsxSheetStream('responses', table(10), { maxRows: 4, repeatHeader: true }));
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'responses',
      'responses 2',
      'responses 3',
      'responses 4',
    ]);
    const sheets = book.worksheets.map(values);
    expect(sheets.map((rows) => rows.length)).toEqual([4, 4, 4, 2]);
    for (const rows of sheets) expect(rows[0]).toEqual(['response', 'value']);
    expect(sheets.flatMap((rows) => rows.slice(1)).map((row) => row[0])).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
  });

  it('makes no second sheet when the rows fit exactly, and repeats no header unless asked', async () => {
    const exact = await workbook(xlsxSheetStream('responses', table(3), { maxRows: 4, repeatHeader: true }));
    expect(exact.worksheets).toHaveLength(1);
    const plain = await workbook(xlsxSheetStream('Borgerblik', table(5), { maxRows: 4 }));
    expect(plain.worksheets.map((s) => values(s).length)).toEqual([4, 2]);
    expect(values(plain.worksheets[1])[0]).toEqual([4, 8]);
  });

  it('keeps sheet names within Excel’s 31 characters', () => {
    const long = 'x'.repeat(40);
    expect(sheetName(long, 1)).toHaveLength(31);
    expect(sheetName(long, 12)).toBe(`${'x'.repeat(28)} 12`);
  });
});

describe('xlsxSheetStream: backpressure on every sheet', () => {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('stops producing rows while nobody reads, also after the first sheets', {
    timeout: 30_000,
  }, async () => {
    let produced = 0;
    // A producer that never waits on I/O: only the writer's backpressure can hold it back.
    async function* many(): AsyncGenerator<CellValue[]> {
      for (; produced < 1_000_000; produced++) yield [produced, 'Fik du løst din sag?', produced / 7];
    }
    // Sheets of 1,000 rows: the first few fit the buffers, so the standstill comes on a later sheet.
    const stream = xlsxSheetStream('responses', many(), { maxRows: 1000, repeatHeader: true });
    let stalled = -1;
    for (let i = 0; i < 100 && produced !== stalled; i++) {
      stalled = produced;
      await sleep(200);
    }
    expect(produced).toBe(stalled);
    expect(produced).toBeGreaterThan(1000);
    expect(produced).toBeLessThan(250_000);
    stream.destroy();
  });
});
