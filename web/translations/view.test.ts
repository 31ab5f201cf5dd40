import { describe, expect, it } from 'vitest';
import type { TranslationEntry } from '../../shared/api/translations.ts';
import { importFormat, isEditable, pageOf, problemLine, visibleEntries } from './view.ts';

const entry = (key: string, patch: Partial<TranslationEntry> = {}): TranslationEntry => ({
  key,
  source: key,
  text: null,
  status: null,
  origin: null,
  locked: false,
  ...patch,
});

describe('translation editor helpers', () => {
  it('never lets a validated or locked text be edited', () => {
    expect(isEditable(entry('a'))).toBe(true);
    expect(isEditable(entry('b', { text: 'x', status: 'validated' }))).toBe(false);
    expect(isEditable(entry('c', { text: 'x', status: 'reviewed', locked: true }))).toBe(false);
  });

  it('filters to the missing texts and pages through long lists', () => {
    const all = Array.from({ length: 60 }, (_, i) => entry(`k${i}`, i % 2 ? { text: 't' } : {}));
    expect(visibleEntries(all, true)).toHaveLength(30);
    expect(visibleEntries(all, false)).toHaveLength(60);
    expect(pageOf(all, 3)).toMatchObject({ page: 3, pages: 3 });
    expect(pageOf(all, 3).items).toHaveLength(10);
    expect(pageOf(all, 9).page).toBe(3);
    expect(pageOf([], 1)).toEqual({ items: [], page: 1, pages: 1 });
  });

  it('reads the import format from the file name and the line from a problem', () => {
    expect(importFormat('borgerblik-pl.CSV')).toBe('csv');
    expect(importFormat('borgerblik-pl.xlf')).toBe('xliff');
    expect(problemLine('line 12')).toBe(12);
    expect(problemLine('tag')).toBeNull();
  });
});
