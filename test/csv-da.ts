import { parseString } from '@fast-csv/parse';

/**
 * Reads a CSV file as Danish or Norwegian Excel does: semicolon-separated, decimal comma, UTF-8 with BOM.
 * Used by tests to prove the dashboard export opens right there; not product code.
 */
export function parseDanishCsv(text: string): Promise<string[][]> {
  if (!text.startsWith('\uFEFF')) throw new Error('no BOM: Excel would read æøå as mojibake');
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString<string[], string[]>(text.slice(1), { delimiter: ';', quote: '"', escape: '"' })
      .on('error', reject)
      .on('data', (row: string[]) => rows.push(row))
      .on('end', () => resolve(rows));
  });
}

/**
 * A cell as a Danish-locale number: "3,2" → 3.2. A cell written with a decimal point ("3.2") is what
 * Danish Excel turns into a date or text, so it throws instead (the export writes no digit grouping).
 */
export function danishNumber(cell: string | undefined): number {
  if (cell === undefined || !/^-?\d+(,\d+)?$/.test(cell)) {
    throw new Error(`not a Danish-locale number: ${JSON.stringify(cell)}`);
  }
  return Number(cell.replace(',', '.'));
}
