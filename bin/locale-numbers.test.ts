import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !e.name.includes('.test.') ? [path] : [];
  });
}

/**
 * Numbers shown to people go through shared/format/number.ts. `toFixed` and a bare
 * `Math.round(x * 100)` always write a decimal point, which is how the Danish event-log pages came to
 * print "23.4 t." and "2.52 %"; "p = {p}" around a formatted "< 0,001" printed "p = < 0,001".
 */
describe('locale-formatted numbers', () => {
  const files = [...sources(join(ROOT, 'web')), ...sources(join(ROOT, 'server/improvement'))];
  const offenders = (pattern: RegExp) =>
    files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (pattern.test(line) ? [`${relative(ROOT, file)}:${i + 1}`] : [])),
    );

  it('prints no number with toFixed', () => {
    expect(offenders(/\.toFixed\(/)).toEqual([]);
  });

  it('prints no percentage as a bare rounded number', () => {
    expect(offenders(/(`\$\{|\{|String\()\(?Math\.round\([^)]*\* 100\)\)?(\}|\)) ?%/)).toEqual([]);
  });

  it('never writes "p = " before a value that may already say "< 0,001"', () => {
    expect(offenders(/p = \{f\.p\(/)).toEqual([]);
  });
});
