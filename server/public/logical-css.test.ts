import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Issue 16: the citizen page, the kiosk and the smiley terminal run right to left for Arabic and the
 * like, so their style sheets use logical properties only (margin-inline-start, inset-block-end …):
 * a physical side (left/right/top/bottom) would stay put when the page mirrors.
 */
const SHEETS = ['server/public/survey.css', 'server/kiosk/assets/kiosk.css'];
const PHYSICAL =
  /(?:^|[\s;{])((?:margin|padding|border|inset)-(?:top|bottom|left|right)\b|(?:left|right|top|bottom)\s*:|text-align\s*:\s*(?:left|right)|float\s*:\s*(?:left|right))/gm;

describe('citizen style sheets', () => {
  for (const sheet of SHEETS)
    it(`${sheet} uses logical properties only`, () => {
      const css = readFileSync(sheet, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      const found = [...css.matchAll(PHYSICAL)].map((m) => m[1]?.trim());
      expect(found).toEqual([]);
    });
});
