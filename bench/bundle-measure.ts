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
  /** gzip bytes of each language's shell dictionary chunk (`web/i18n/{da,nb,en}.ts`). */
  dictionaries: Record<string, number>;
  /** gzip bytes of all features' Danish texts together (each feature's own chunk, loaded with its pages). */
  featureTexts: number;
}

/** Sources whose chunks are ECharts (loaded only by chart pages, budgeted separately). */
const CHART_SOURCE = /charts\/echarts\.ts$|eventlog\/analysis\/echarts\.ts$/;
/** The per-language dictionary entry points of the shell (`web/i18n/{da,nb,en}.ts`). */
const DICTIONARY_SOURCE = /^i18n\/(da|nb|en)\.ts$/;
/** A feature's texts in one language (`web/<feature>/i18n/{da,nb,en}.ts`, `preview.da.ts`, …). */
const FEATURE_TEXT_SOURCE = /\/i18n\/(?:[\w-]+\.)?(da|nb|en)\.ts$/;

/**
 * Measures the built web app from its manifest: what the first visit of the shell (index.html, its static
 * imports and CSS, and the shell's Danish dictionary) and of every lazily loaded page costs in gzip bytes.
 * A page's visit is the shell plus the page's static import closure plus the Danish texts of every feature
 * (an upper bound: a page loads only its features' texts, `web/app/page-texts.ts`); dynamic imports
 * inside a page (charts) are counted apart.
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

  const featureTextKeys = Object.keys(manifest).filter(
    (key) => FEATURE_TEXT_SOURCE.test(manifest[key]?.src ?? '') && !dictionaryKeys.includes(key),
  );
  const danishFeatureTexts = closure(
    featureTextKeys.filter((key) => FEATURE_TEXT_SOURCE.exec(manifest[key]?.src ?? '')?.[1] === 'da'),
  );
  for (const file of shellFiles) danishFeatureTexts.delete(file);

  const pages: PageCost[] = [];
  for (const [key, chunk] of Object.entries(manifest)) {
    const texts = dictionaryKeys.includes(key) || featureTextKeys.includes(key);
    if (!chunk.isDynamicEntry || CHART_SOURCE.test(chunk.src ?? '') || texts) continue;
    const files = closure([key], new Set([...shellFiles, ...danishFeatureTexts]));
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
  return { shell, pages, dictionaries, featureTexts: sum(danishFeatureTexts) };
}
