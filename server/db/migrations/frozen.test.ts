import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ROLLUP_FUNCTIONS_SQL, ROLLUP_TRIGGERS_SQL } from './0005_dashboard_sql.ts';
import { migrations } from './index.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Migrations are history: their SQL may not change after they ran somewhere, nor follow live code. */
describe('frozen migrations', () => {
  it('keeps the SQL migration 0005 installed byte for byte', () => {
    expect(sha256(ROLLUP_FUNCTIONS_SQL)).toBe(
      '4011ed4dc713574ce43d8510f1d4dcf8ff65681020ad88f9add689a46e276243',
    );
    expect(sha256(ROLLUP_TRIGGERS_SQL)).toBe(
      'a579ca40975d5836ccbb3a5c0d7be0dfe27960b152ab37346c577c83eb6e20c1',
    );
  });

  it('imports nothing outside the migrations folder but kysely', async () => {
    const { readFile, readdir } = await import('node:fs/promises');
    const dir = new URL('./', import.meta.url);
    const offenders: string[] = [];
    for (const file of await readdir(dir)) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      const text = await readFile(new URL(file, dir), 'utf8');
      for (const m of text.matchAll(/from '([^']+)'/g))
        if (m[1] !== 'kysely' && !m[1]?.startsWith('./')) offenders.push(`${file}: ${m[1]}`);
    }
    expect(offenders).toEqual([]);
    expect(Object.keys(migrations).length).toBeGreaterThanOrEqual(10);
  });
});
