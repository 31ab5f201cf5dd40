import type { Kysely } from 'kysely';
import { P_FLOOR } from '../../shared/format/number.ts';
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

/** How numbers are written: as shown on screen (for people) or with every digit (for programs). */
export type Precision = 'display' | 'full';

type Rounders = {
  mean: (v: number | null) => CellValue;
  share: (v: number | null) => CellValue;
  p: (v: number | null) => CellValue;
};

const FULL: Rounders = { mean: (v) => v, share: (v) => v, p: (v) => v };

const round = (digits: number) => (v: number | null) =>
  v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * The screen's precision: means, intervals and differences with 2 decimals, shares with 3 (a tenth of a
 * percentage point), p-values with 3 and "< 0,001" below that (the spreadsheet dialect's decimal comma).
 */
const DISPLAY: Rounders = {
  mean: round(2),
  share: round(3),
  p: (v) => (v !== null && v < P_FLOOR ? '< 0,001' : round(3)(v)),
};

function figureCells(f: Figure, r: Rounders): CellValue[] {
  const counts = VALUES.map((v) => f.distribution?.find((d) => d.value === v)?.count ?? null);
  return [
    f.n,
    f.dontKnow,
    r.mean(f.mean),
    r.mean(f.sd),
    r.mean(f.ci?.lower ?? null),
    r.mean(f.ci?.upper ?? null),
    r.share(f.positiveShare),
    r.share(f.positiveCi?.lower ?? null),
    r.share(f.positiveCi?.upper ?? null),
    r.share(f.dontKnowShare),
    ...counts,
  ];
}

export interface ExportOptions {
  interval: TrendInterval;
  item: string;
  level: ComparisonLevel;
  locale: Locale;
  precision: Precision;
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
  const r = o.precision === 'display' ? DISPLAY : FULL;
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
    ...figureCells(f, r),
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
    for (const row of series.rows) {
      yield [
        ...figureRow(l.comparison, row.name, series.itemId, series.scaleId, row.figure),
        r.mean(row.diff),
        r.p(row.p),
        r.p(row.pAdjusted),
        row.marker ? l[row.marker] : null,
      ];
    }
  }
}
