import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGET, overBudget, webDir } from './bundle-budget.ts';
import { measureBundle } from './bundle-measure.ts';

// `npm test` builds the web app before Vitest runs; a local run without a build skips (CI never does).
const built = existsSync(path.join(webDir, '.vite', 'manifest.json'));

describe.skipIf(!built && process.env.CI !== 'true')('web app download budget (real build)', () => {
  const report = measureBundle(webDir);

  it('keeps the shell and every page within budget', () => {
    expect(overBudget(report)).toEqual([]);
    expect(report.pages.length).toBeGreaterThan(10);
  });

  it('ships one language per dictionary chunk, each well below the shell budget', () => {
    expect(Object.keys(report.dictionaries).sort()).toEqual(['da', 'en', 'nb']);
    for (const bytes of Object.values(report.dictionaries)) expect(bytes).toBeLessThan(BUDGET.shell / 4);
  });
});
