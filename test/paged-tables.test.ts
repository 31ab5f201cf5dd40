import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Long tables page with the one paging component (web/ui/Paged.tsx): 25 rows, "show 25 more", "show
 * all", "show fewer". These tables can grow past a page in daily use (issue 14), so each must use it.
 */
const PAGED = [
  'web/surveys/StatsPanel.tsx',
  'web/surveys/LinksPanel.tsx',
  'web/integrations/DeliveriesDialog.tsx',
  'web/integrations/TokensSection.tsx',
  'web/programmes/PlanActions.tsx',
  'web/lifecycle/RetentionPanel.tsx',
  'web/lifecycle/HoldsPanel.tsx',
  'web/pulse/PulseResults.tsx',
  'web/complaints/FiguresPanel.tsx',
  'web/complaints/ComplaintList.tsx',
  'web/dashboard/TrendSection.tsx',
  'web/dashboard/ComparisonSection.tsx',
  'web/eventlog/analysis/ExperiencePanel.tsx',
  'web/journeys/actual/ActorHandoversTable.tsx',
  'web/users/UsersTable.tsx',
];

/** Tables that show a fixed sample on purpose: the CSV upload previews the file's first rows. */
const SAMPLES = new Set(['web/eventlog/upload/CsvSettingsFields.tsx']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

describe('paged tables', () => {
  it.each(PAGED)('%s pages its rows with usePaged and shows PagedControls', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('usePaged(');
    expect(text).toContain('<PagedControls');
  });

  it('no table silently cuts its rows at a fixed count (slice(0, n).map) instead of paging', () => {
    const cut = files('web').filter((file) => {
      if (SAMPLES.has(file)) return false;
      const text = readFileSync(file, 'utf8');
      return text.includes('<table') && /\.slice\(0, \d+\)\.map\(/.test(text);
    });
    expect(cut).toEqual([]);
  });
});
