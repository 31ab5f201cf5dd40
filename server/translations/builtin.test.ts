import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_LANGUAGES } from '../../shared/languages/tags.ts';
import { builtinText } from './builtin.ts';
import { BUILTIN_SOURCE } from './builtin-source.ts';

const seedDir = new URL('../../../shared/seeds/', import.meta.url);
const seed004 = () => {
  const file = readdirSync(seedDir).find((f) => f.startsWith('004_'));
  return file ? readFileSync(new URL(file, seedDir), 'utf8') : null;
};
const words = (s: string) => s.replace(/[.\s]+$/, '').split(/\s+/);

describe('built-in translations', () => {
  it('ship every built-in text in every built-in language (plural forms aside)', () => {
    for (const lang of BUILTIN_LANGUAGES)
      for (const key of BUILTIN_SOURCE.keys()) expect(builtinText(lang, key), `${lang} ${key}`).toBeDefined();
  });

  it('claim "validated" only for the bokmål wording of the six coherence indicators', () => {
    const validated = BUILTIN_LANGUAGES.flatMap((lang) =>
      [...BUILTIN_SOURCE.keys()]
        .filter((k) => builtinText(lang, k)?.status === 'validated')
        .map((k) => `${lang}:${k}`),
    );
    expect(validated).toHaveLength(12);
    expect(validated.every((v) => v.startsWith('nb:item.coherence.'))).toBe(true);
    for (const lang of ['ar', 'uk', 'pl']) expect(builtinText(lang, 'page.next')?.status).toBe('unreviewed');
  });

  // The seeds folder sits beside the repository (CI clones there too); only a checkout without it skips.
  it.skipIf(!existsSync(seedDir))(
    'keep the bokmål indicators word for word as published in seed 004 (mine/våre expanded)',
    () => {
      const seed = seed004();
      if (seed === null) throw new Error('seed 004 is missing from ../shared/seeds');
      const lines = [...seed.matchAll(/^\s*\d\.\s+(Kommunens medarbeidere .*)$/gm)].map((m) => m[1] ?? '');
      expect(lines).toHaveLength(6);
      const expand = (line: string, pick: 0 | 1) =>
        line.replace(/(\S+)\/(\S+)/g, (_, a: string, b: string) => (pick ? b : a));
      const keys = ['solutions', 'involvement', 'information', 'language', 'cooperation', 'respect'];
      keys.forEach((key, i) => {
        const line = lines[i] ?? '';
        expect(words(builtinText('nb', `item.coherence.${key}`)?.text ?? '')).toEqual(words(expand(line, 0)));
        expect(words(builtinText('nb', `item.coherence.${key}.plural`)?.text ?? '')).toEqual(
          words(expand(line, 1)),
        );
      });
    },
  );
});
