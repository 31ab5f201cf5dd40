import { describe, expect, it } from 'vitest';
import { parseNotes } from './notes-import.ts';

describe('parseNotes', () => {
  it('turns block quotes into quotes and keeps the rest as notes', () => {
    const md =
      '# Interview\r\nKom ind ad hovedindgangen.\n\n> "Jeg gik rundt i fem minutter,\n> før jeg fandt jer."\n\n> Man føler sig dum.\n>\n> Andet citat.\nSlut.';
    const r = parseNotes(md);
    expect(r.quotes).toEqual([
      'Jeg gik rundt i fem minutter, før jeg fandt jer.',
      'Man føler sig dum.',
      'Andet citat.',
    ]);
    expect(r.notes).toBe('# Interview\nKom ind ad hovedindgangen.\n\nSlut.');
  });

  it('reads plain text without quotes as notes only', () => {
    expect(parseNotes('Bare noter')).toEqual({ notes: 'Bare noter', quotes: [] });
  });
});
