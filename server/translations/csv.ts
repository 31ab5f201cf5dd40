import { parseCsv } from '../../shared/complaints/csv.ts';
import { TRANSLATION_STATUSES, type TranslationStatus } from '../../shared/languages/status.ts';
import { csvText, toCsv } from '../http/csv.ts';
import type { CatalogEntry } from './catalog.ts';
import { type ImportedUnit, ImportProblem } from './xliff.ts';

const HEADER = ['key', 'source', 'target', 'status'];

/**
 * The catalogue of one language as CSV for agencies that do not read XLIFF (the server's one CSV
 * writer, machine dialect: comma, UTF-8 with BOM, formula-like texts defused): key, source, target,
 * status. The agency fills in `target`.
 */
export function translationCsv(entries: readonly CatalogEntry[]): string {
  const rows = entries.map((e) => [e.key, e.source, e.text ?? '', e.text === null ? '' : (e.status ?? '')]);
  return toCsv([HEADER, ...rows]);
}

/** Reads a CSV export back. Rows are numbered as a spreadsheet shows them (the header is row 1). */
export function parseTranslationCsv(text: string): ImportedUnit[] {
  const rows = parseCsv(text);
  const header = rows[0]?.map((h) => h.trim().toLowerCase()) ?? [];
  const col = (name: string) => header.indexOf(name);
  for (const name of ['key', 'target', 'status'])
    if (col(name) < 0) throw new ImportProblem(1, name, 'translation_csv_header');
  return rows.slice(1).map((row, i) => {
    const line = i + 2;
    const key = row[col('key')]?.trim() ?? '';
    if (!key) throw new ImportProblem(line, 'key', 'translation_key_empty');
    const target = csvText(row[col('target')] ?? '');
    const status = (row[col('status')] ?? '').trim();
    if (status && !(TRANSLATION_STATUSES as readonly string[]).includes(status))
      throw new ImportProblem(line, `key=${key}`, 'translation_status');
    const empty = target === '';
    return {
      key,
      line,
      text: empty ? null : target,
      status: empty ? null : ((status || 'unreviewed') as TranslationStatus),
    };
  });
}
