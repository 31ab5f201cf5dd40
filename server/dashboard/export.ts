import type { Kysely } from 'kysely';
import type { Locale } from '../../shared/i18n/locale.ts';
import { findItem, wording } from '../../shared/indicators/index.ts';
import type { AuthContext } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import type { CellValue } from '../http/xlsx-stream.ts';
import type { Figure } from './cells.ts';
import { type ComparisonLevel, comparison } from './comparison.ts';
import type { DashboardContext } from './context.ts';
import { EXPORT_LABELS, type ExportLabels } from './export-labels.ts';
import { overview } from './overview.ts';
import type { TrendInterval } from './period.ts';
import { INDEX_ITEM } from './scales.ts';
import { trend } from './trend.ts';

const VALUES = [1, 2, 3, 4, 5, 6];

function header(l: ExportLabels): string[] {
  return [
    l.section,
    l.group,
    l.item,
    l.label,
    l.scale,
    l.status,
    l.n,
    l.dontKnow,
    l.mean,
    l.sd,
    l.ciLower,
    l.ciUpper,
    l.positiveShare,
    l.positiveLower,
    l.positiveUpper,
    l.dontKnowShare,
    ...VALUES.map((v) => l.count.replace('{value}', String(v))),
    l.diff,
    l.p,
    l.pAdjusted,
    l.marker,
  ];
}

function label(itemId: string, l: ExportLabels, locale: Locale): string {
  if (itemId === INDEX_ITEM) return l.index;
  const found = findItem(itemId);
  return found ? wording(found.item, locale) : itemId;
}

function figureCells(f: Figure): CellValue[] {
  const counts = VALUES.map((v) => f.distribution?.find((d) => d.value === v)?.count ?? null);
  return [
    f.n,
    f.dontKnow,
    f.mean,
    f.sd,
    f.ci?.lower ?? null,
    f.ci?.upper ?? null,
    f.positiveShare,
    f.positiveCi?.lower ?? null,
    f.positiveCi?.upper ?? null,
    f.dontKnowShare,
    ...counts,
  ];
}

export interface ExportOptions {
  interval: TrendInterval;
  item: string;
  level: ComparisonLevel;
  locale: Locale;
}

/**
 * The current view as rows: scope and method first, then the overview, the trend and the unit
 * comparison, each with its sufficient figures (n, mean, sd, counts per answer), so every figure on
 * screen can be recomputed from the file. Aggregation happens in SQL; only these rows are in memory.
 */
export async function* exportRows(
  db: Kysely<Database>,
  auth: AuthContext,
  ctx: DashboardContext,
  o: ExportOptions,
): AsyncGenerator<CellValue[]> {
  const l = EXPORT_LABELS[o.locale];
  const s = ctx.municipality.name;
  const scopeName = ctx.tree.units.get(ctx.scopeId)?.name ?? s;
  yield [
    l.scope,
    `${s} · ${scopeName} · ${ctx.period.from} – ${ctx.period.to}${ctx.channel ? ` · ${ctx.channel}` : ''}`,
  ];
  yield [l.method];
  yield header(l);
  // One row shape for every section: section, where/when, item id and label, scale, status, figures.
  const figureRow = (
    section: string,
    key: string,
    itemId: string,
    scaleId: string | null,
    f: Figure,
  ): CellValue[] => [
    section,
    key,
    itemId,
    label(itemId, l, o.locale),
    scaleId,
    l[f.status],
    ...figureCells(f),
  ];
  const ov = await overview(db, auth, ctx);
  yield [l.overview, scopeName, '*', l.respondents, null, l[ov.respondents.status], ov.respondents.n];
  for (const ind of ov.indicators) {
    yield figureRow(l.overview, scopeName, ind.itemId, ind.scaleId, ind.figure);
  }
  const tr = await trend(db, auth, ctx, o.interval, o.item);
  for (const series of tr.series) {
    for (const p of series.points) {
      // A period that is not whole says so, as on screen (not comparable with whole periods).
      const when = p.partial ? `${p.start} (${l.partial})` : p.start;
      yield figureRow(l.trend, when, series.itemId, series.scaleId, p.figure);
    }
  }
  const cmp = await comparison(db, auth, ctx, o.item, o.level);
  for (const series of cmp.series) {
    for (const r of series.rows) {
      yield [
        ...figureRow(l.comparison, r.name, series.itemId, series.scaleId, r.figure),
        r.diff,
        r.p,
        r.pAdjusted,
        r.marker ? l[r.marker] : null,
      ];
    }
  }
}

function csvCell(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  // Quote always; a leading = + - @ would make a spreadsheet run it as a formula.
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** CSV (UTF-8 with BOM so Excel reads æøå), one line per yielded row. */
export async function* csvLines(rows: AsyncIterable<CellValue[]>): AsyncGenerator<string> {
  yield '\uFEFF';
  for await (const row of rows) yield `${row.map(csvCell).join(',')}\r\n`;
}
