import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PagePath } from '../web/app/access.ts';
import { PAGE_TEXTS } from '../web/app/page-texts.ts';
import { coreDa } from '../web/i18n/da.ts';
import { da } from '../web/i18n/dictionary.ts';
import { FEATURES, type Feature } from '../web/i18n/load.ts';
import { valueImports } from './import-graph.ts';

const web = path.resolve(import.meta.dirname, '..', 'web');
const read = (file: string) => readFileSync(file, 'utf8');
/** Route tables: their lazy imports are pages of their own, not part of the page that imports them. */
const ROUTE_TABLES = ['app/App.tsx', 'improvement/routes.tsx', 'programmes/routes.tsx'].map((f) =>
  path.join(web, f),
);

const importsOf = new Map<string, string[]>();

/** The web source files a module loads, statically or on demand (not type-only imports). */
function imports(file: string): string[] {
  const known = importsOf.get(file);
  if (known) return known;
  const lazy = ROUTE_TABLES.includes(file) ? [] : [...read(file).matchAll(/import\('(\.[^']+)'\)/g)];
  const specifiers = [
    ...valueImports(file),
    ...lazy.map((m) => path.resolve(path.dirname(file), m[1] ?? '')),
  ];
  // shared/ holds no UI texts (its strings that look like keys are event names and the like).
  const found = specifiers.filter(
    (f) => f.startsWith(web) && existsSync(f) && !f.includes(`${path.sep}i18n${path.sep}`),
  );
  importsOf.set(file, found);
  return found;
}

function closure(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...imports(file));
  }
  return seen;
}

/**
 * Uses the test cannot tell apart from real ones: it works per file, and the start page imports
 * `dashboard/format.ts` for its number formats, not for `statusText` (which only dashboard pages call).
 */
const NOT_REACHED = new Set(['/ → dashboard/format.ts: dashboard.status.empty (dashboard)']);

/** Which part (the shell or a feature) defines each key. */
const owner = new Map<string, 'shell' | Feature>();

/** The parts whose keys a file uses: literal keys, and every part with keys under a template's prefix. */
function partsUsed(file: string): Map<string, string> {
  const text = read(file);
  const used = new Map<string, string>();
  for (const [, key] of text.matchAll(/['"`]([a-zA-Z]+(?:\.[\w-]+)+)['"`]/g)) {
    const part = owner.get(key ?? '') ?? owner.get(`${key}_other`);
    if (part) used.set(part, key ?? '');
  }
  for (const [, prefix] of text.matchAll(/`([a-zA-Z]+\.[\w.-]*)\$\{/g)) {
    for (const [key, part] of owner) if (key.startsWith(prefix ?? '')) used.set(part, `${prefix}…`);
  }
  return used;
}

/** Keys a page's code uses from features its PAGE_TEXTS entry does not load, as "file: key (feature)". */
function missing(entries: string[], loads: readonly Feature[]): string[] {
  const problems: string[] = [];
  for (const file of closure(entries)) {
    for (const [part, key] of partsUsed(file)) {
      if (part !== 'shell' && !(loads as readonly string[]).includes(part))
        problems.push(`${path.relative(web, file)}: ${key} (${part})`);
    }
  }
  return problems;
}

function routeEntries(): Map<PagePath | 'shell', string[]> {
  const app = read(path.join(web, 'app/App.tsx'));
  const lazyFile = new Map<string, string>();
  for (const m of app.matchAll(/const (\w+) = lazy\(\(\) =>\s*import\('([^']+)'\)/g))
    lazyFile.set(m[1] ?? '', path.resolve(web, 'app', m[2] ?? ''));
  const entries = new Map<PagePath | 'shell', string[]>([['shell', [path.join(web, 'main.tsx')]]]);
  const add = (page: PagePath | 'shell', file: string) =>
    entries.set(page, [...(entries.get(page) ?? []), file]);
  for (const m of app.matchAll(/<Guard path="([^"]+)" page=\{<(\w+) \/>\}/g)) {
    const file = lazyFile.get(m[2] ?? '');
    if (file) add(m[1] as PagePath, file);
    lazyFile.delete(m[2] ?? '');
  }
  for (const file of lazyFile.values()) add('shell', file);
  const tableImports = (table: string) =>
    [...read(path.join(web, table)).matchAll(/import\('([^']+)'\)/g)].map((m) =>
      path.resolve(web, path.dirname(table), m[1] ?? ''),
    );
  for (const file of tableImports('improvement/routes.tsx')) add('/improvement', file);
  for (const file of tableImports('programmes/routes.tsx'))
    for (const page of ['/complaints', '/pulse', '/programmes'] as const) add(page, file);
  return entries;
}

beforeAll(async () => {
  for (const key of Object.keys(coreDa)) owner.set(key, 'shell');
  for (const feature of Object.keys(FEATURES) as Feature[]) {
    for (const key of Object.keys(await FEATURES[feature].da())) owner.set(key, feature);
  }
});

describe('page texts', () => {
  it('the shell and the features together are the whole dictionary, each key in one part', async () => {
    const parts = [Object.keys(coreDa)];
    for (const feature of Object.keys(FEATURES) as Feature[])
      parts.push(Object.keys(await FEATURES[feature].da()));
    const all = parts.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(Object.keys(da).sort());
  });

  it('every page loads the texts of every feature whose keys its code uses', () => {
    const entries = routeEntries();
    expect(entries.size).toBeGreaterThan(10);
    const problems = [...entries].flatMap(([page, files]) =>
      missing(files, page === 'shell' ? [] : PAGE_TEXTS[page]).map((problem) => `${page} → ${problem}`),
    );
    expect(problems.filter((problem) => !NOT_REACHED.has(problem))).toEqual([]);
  }, 60_000);
});
