import type { TranslationEntry } from '../../shared/api/translations.ts';

/** Texts per page of the editor: long enough to work through, short enough to stay quick. */
export const PAGE_SIZE = 25;

/** Whether a text can be changed on the screen: validated and locked indicator wording cannot. */
export const isEditable = (e: TranslationEntry) => !e.locked && e.status !== 'validated';

/** The texts the editor shows: all, or only those without a translation yet. */
export function visibleEntries(entries: readonly TranslationEntry[], missingOnly: boolean) {
  return missingOnly ? entries.filter((e) => e.text === null) : [...entries];
}

/** One page of a list (1-based, clamped to the pages there are). */
export function pageOf<T>(list: readonly T[], page: number, size = PAGE_SIZE) {
  const pages = Math.max(1, Math.ceil(list.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { items: list.slice((current - 1) * size, current * size), page: current, pages };
}

/** The format of an import file by its name: `.csv` is CSV, anything else is read as XLIFF. */
export const importFormat = (fileName: string): 'csv' | 'xliff' =>
  fileName.toLowerCase().endsWith('.csv') ? 'csv' : 'xliff';

/** The line of an import problem from its field path (`line 12`), or null. */
export function problemLine(path: string): number | null {
  const m = /^line (\d+)$/.exec(path);
  return m ? Number(m[1]) : null;
}

/** Who may add languages and change texts (the server's canTranslate): admins and analysts. */
export const mayTranslate = (role: string) => role === 'admin' || role === 'analyst';
