import { describe, expect, it } from 'vitest';
import { csvField, csvPieces, csvText, MACHINE_CSV, SPREADSHEET_CSV, toCsv } from './csv.ts';

describe('csv writer', () => {
  it('reads a defused formula back as the text it was, and leaves other apostrophes alone', () => {
    for (const text of ['=1+1', '+45 12', '-x', '@me', "'quoted'", 'plain'])
      expect(csvText(csvField(text).replace(/^"|"$/g, '').replaceAll('""', '"'))).toBe(text);
    expect(csvText("'=x")).toBe('=x');
    expect(csvText("'a")).toBe("'a");
  });

  it('writes the machine dialect with commas and a decimal point', () => {
    expect(
      toCsv(
        [
          ['a', 1.5, null],
          ['x,y', -2, 'q"uote'],
        ],
        MACHINE_CSV,
      ),
    ).toBe('\uFEFFa,1.5,\r\n"x,y",-2,"q""uote"\r\n');
  });

  it('writes the spreadsheet dialect with semicolons and a decimal comma', () => {
    expect(
      toCsv(
        [
          ['Gennemsnit', 3.25],
          ['a;b', 0.001],
        ],
        SPREADSHEET_CSV,
      ),
    ).toBe('\uFEFFGennemsnit;3,25\r\n"a;b";0,001\r\n');
  });

  it('defuses formulas and can quote all text', () => {
    expect(csvField('=SUM(A1)', MACHINE_CSV)).toBe("'=SUM(A1)");
    expect(csvField('-5', { ...SPREADSHEET_CSV, quoteText: true })).toBe(`"'-5"`);
    expect(csvField(Number.NaN)).toBe('');
  });

  it('streams the same bytes as the whole document', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`row ${i}`, i / 3]);
    let streamed = '';
    for await (const piece of csvPieces(rows, SPREADSHEET_CSV)) streamed += piece;
    expect(streamed).toBe(toCsv(rows, SPREADSHEET_CSV));
  });
});
