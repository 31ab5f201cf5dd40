import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** One chunk of Vite's build manifest (`dist/web/.vite/manifest.json`). */
interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** What a browser downloads for one view, in gzip bytes. */
export interface PageCost {
  page: string;
  gzipBytes: number;
  /** ECharts chunks the page fetches once a chart renders; counted apart from the budget. */
  chartGzipBytes: number;
}

export interface BundleReport {
  shell: PageCost;
  pages: PageCost[];
  /** gzip bytes of each language's dictionary chunk. */
  dictionaries: Record<string, number>;
}

/** Sources whose chunks are ECharts (loaded only by chart pages, budgeted separately). */
const CHART_SOURCE = /charts\/echarts\.ts$|eventlog\/analysis\/echarts\.ts$/;
/** The per-language dictionary entry points (`web/i18n/{da,nb,en}.ts`). */
const DICTIONARY_SOURCE = /^i18n\/(da|nb|en)\.ts$/;

/**
 * Measures the built web app from its manifest: what the first visit of the shell (index.html, its static
 * imports and CSS, and the Danish dictionary) and of every lazily loaded page costs in gzip bytes. A page's
 * visit is the shell plus the page's static import closure; dynamic imports inside a page (charts) are
 * counted apart.
 */
export function measureBundle(webDir: string): BundleReport {
  const manifest = JSON.parse(readFileSync(path.join(webDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const sizes = new Map<string, number>();
  const gz = (file: string) => {
    let size = sizes.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(path.join(webDir, file)), { level: 9 }).length;
      sizes.set(file, size);
    }
    return size;
  };
  const closure = (keys: string[], into = new Set<string>()) => {
    const stack = [...keys];
    while (stack.length > 0) {
      const key = stack.pop() as string;
      const chunk = manifest[key];
      if (!chunk || into.has(chunk.file)) continue;
      into.add(chunk.file);
      for (const css of chunk.css ?? []) into.add(css);
      stack.push(...(chunk.imports ?? []));
    }
    return into;
  };
  const sum = (files: Iterable<string>) => [...files].reduce((total, file) => total + gz(file), 0);

  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  const dictionaryKeys = Object.keys(manifest).filter((key) =>
    DICTIONARY_SOURCE.test(manifest[key]?.src ?? ''),
  );
  const danish = dictionaryKeys.filter((key) => key.endsWith('da.ts'));
  const shellFiles = closure([...entries, ...danish], new Set(['index.html']));
  const shell = {
    page: 'shell (index.html + Danish dictionary)',
    gzipBytes: sum(shellFiles),
    chartGzipBytes: 0,
  };

  const dictionaries: Record<string, number> = {};
  for (const key of dictionaryKeys) {
    const lang = DICTIONARY_SOURCE.exec(manifest[key]?.src ?? '')?.[1] ?? key;
    dictionaries[lang] = sum(
      [...closure([key])].filter((file) => !shellFiles.has(file) || danish.includes(key)),
    );
  }

  const pages: PageCost[] = [];
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isDynamicEntry || CHART_SOURCE.test(chunk.src ?? '') || dictionaryKeys.includes(key)) continue;
    const files = closure([key], new Set(shellFiles));
    const charts = new Set<string>();
    for (const [other, candidate] of Object.entries(manifest)) {
      if (!files.has(candidate.file)) continue;
      for (const dynamic of candidate.dynamicImports ?? []) {
        if (CHART_SOURCE.test(manifest[dynamic]?.src ?? '') && other !== dynamic) closure([dynamic], charts);
      }
    }
    for (const file of files) charts.delete(file);
    pages.push({ page: chunk.src ?? key, gzipBytes: sum(files), chartGzipBytes: sum(charts) });
  }
  pages.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { shell, pages, dictionaries };
}
