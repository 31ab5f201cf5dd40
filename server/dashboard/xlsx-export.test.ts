import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type CellValue, xlsxSheetStream } from '../http/xlsx-stream.ts';

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function* from(rows: CellValue[][]): AsyncGenerator<CellValue[]> {
  yield* rows;
}

describe('dashboard XLSX export (exceljs streaming writer)', () => {
  it('writes a sheet that exceljs reads back, numbers as numbers and impossible cells empty', async () => {
    const file = await collect(
      xlsxSheetStream(
        'Borgerblik',
        from([
          ['Afsnit', 'Gennemsnit', 'Note'],
          ['Overblik', 3.2, 'æøå\u0007 <&>'],
          ['Tendens', Number.NaN, null],
        ]),
      ),
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Borgerblik');
    expect(sheet?.rowCount).toBe(3);
    expect(sheet?.getRow(1).getCell(2).value).toBe('Gennemsnit');
    expect(sheet?.getRow(2).getCell(2).value).toBe(3.2);
    expect(sheet?.getRow(2).getCell(3).value).toBe('æøå <&>');
    expect(sheet?.getRow(3).getCell(2).value).toBeNull();
    expect(sheet?.getRow(3).getCell(3).value).toBeNull();
  });

  it('stops producing rows while nobody reads, and stops for good when the client goes away', {
    timeout: 30_000,
  }, async () => {
    let produced = 0;
    let ended = false;
    // A producer that never waits on I/O: only the writer's backpressure can hold it back.
    async function* many(): AsyncGenerator<CellValue[]> {
      try {
        for (; produced < 1_000_000; produced++) {
          yield [`enhed ${produced}`, produced, produced / 7, 'Fik du løst din sag?'];
        }
      } finally {
        ended = true;
      }
    }
    const stream = xlsxSheetStream('Borgerblik', many());
    // Nobody reads: production must come to a standstill once the stream buffers are full.
    let stalled = -1;
    for (let i = 0; i < 100 && produced !== stalled; i++) {
      stalled = produced;
      await sleep(200);
    }
    expect(produced).toBe(stalled);
    // Rows compress to a few bytes, so the buffers hold many; without backpressure all would go.
    expect(produced).toBeGreaterThan(0);
    expect(produced).toBeLessThan(250_000);
    stream.destroy();
    await sleep(50);
    expect(ended).toBe(true);
    expect(produced).toBeLessThan(stalled + 1000);
  });
});
