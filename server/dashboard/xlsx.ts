import { Readable } from 'node:stream';
import { zipStream } from './zip-stream.ts';

export type CellValue = string | number | null;

const escapeXml = (s: string) =>
  s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c);
// XML 1.0 forbids most control characters; free text could in theory carry them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point.
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

function column(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function rowXml(cells: readonly CellValue[], r: number): string {
  const xml = cells.map((v, i) => {
    const ref = `${column(i)}${r}`;
    if (v === null) return '';
    if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"><v>${v}</v></c>` : '';
    return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(clean(v))}</t></is></c>`;
  });
  return `<row r="${r}">${xml.join('')}</row>`;
}

async function* sheet(rows: AsyncIterable<readonly CellValue[]>): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  let r = 0;
  for await (const row of rows) {
    r += 1;
    yield rowXml(row, r);
  }
  yield '</sheetData></worksheet>';
}

const NS = 'http://schemas.openxmlformats.org';

/**
 * A one-sheet XLSX workbook streamed row by row (inline strings, so no shared-string table has to
 * be held in memory). Numbers stay numbers, so figures can be recomputed in the spreadsheet.
 */
export function xlsxStream(sheetName: string, rows: AsyncIterable<readonly CellValue[]>): Readable {
  const entries = [
    {
      name: '[Content_Types].xml',
      content: [
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${NS}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      ],
    },
    {
      name: '_rels/.rels',
      content: [
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ],
    },
    {
      name: 'xl/workbook.xml',
      content: [
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}/spreadsheetml/2006/main" xmlns:r="${NS}/officeDocument/2006/relationships"><sheets><sheet name="${escapeXml(sheetName.slice(0, 31))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ],
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: [
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ],
    },
    { name: 'xl/worksheets/sheet1.xml', content: sheet(rows) },
  ];
  return Readable.from(zipStream(entries));
}
