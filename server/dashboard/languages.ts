import { type Kysely, sql } from 'kysely';
import type { AuthContext } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { aggregate, type Selection } from './aggregate-query.ts';
import { type Cell, emptyCell } from './cells.ts';
import { type DashboardContext, presentScope } from './context.ts';
import { ALL, BOTH, filterAxes, gridSums, IN, OUT } from './layers.ts';
import { RESPONSES_ITEM } from './scales.ts';
import { suppressGrid } from './suppression-grid.ts';
import { NO_UNIT_ID } from './tables.ts';
import { baseQuery } from './unit-cells.ts';

/** Presses stored before the terminal sent its language (migration 0025). */
export const UNKNOWN_LANGUAGE = 'und';

/** Smiley presses per unit and language in the context's period, surveys and units. */
async function pressCounts(db: Kysely<Database>, auth: AuthContext, ctx: DashboardContext) {
  if (ctx.channel && ctx.channel !== 'smiley') return [];
  if (ctx.surveyIds?.length === 0) return [];
  const m = auth.municipalityId;
  const local = sql`(p.pressed_minute at time zone 'Europe/Copenhagen')::date`;
  const surveys = ctx.surveyIds ? sql`and p.survey_id = any(${ctx.surveyIds}::uuid[])` : sql``;
  const r = await sql<{ unit_id: string; language: string; n: string | number }>`
    select coalesce(p.unit_id, ${NO_UNIT_ID}::uuid) as unit_id,
      coalesce(p.language, ${UNKNOWN_LANGUAGE}) as language, count(*) as n
    from smiley_press p
    where p.municipality_id = ${m} and ${local} >= ${ctx.range.from}::date and ${local} < ${ctx.range.to}::date
      ${surveys}
    group by 1, 2`.execute(db);
  return r.rows.map((x) => ({ unit: x.unit_id, language: x.language, n: Number(x.n) }));
}

/** A press is in the selection by its language; it has no translation status, so a status filter leaves it out. */
function pressSelected(s: Selection, language: string): boolean {
  if (s.statuses.length > 0 || s.excludeStatuses.length > 0) return false;
  if (s.languages.length > 0 && !s.languages.includes(language)) return false;
  return !s.excludeLanguages.includes(language);
}

/**
 * Answers per language in scope (responses from the roll-up, presses from their table), protected
 * like every figure: per unit of the whole tree, per language with all languages as their sum, and
 * with a language filter in and out of the selection as its sum, so a hidden count can be recovered
 * neither from a parent unit, nor from the other languages, nor from the excluded answers.
 */
export async function languageCounts(db: Kysely<Database>, auth: AuthContext, ctx: DashboardContext) {
  const bySelection = ctx.selection !== null;
  const [rows, presses] = await Promise.all([
    ctx.surveyIds?.length === 0
      ? []
      : aggregate(db, auth, {
          ...baseQuery(ctx, [RESPONSES_ITEM]),
          bySurvey: false,
          unitIds: null,
          countsOnly: true,
          group: { unit: true, interval: null, channel: false, selection: bySelection, language: true },
        }),
    pressCounts(db, auth, ctx),
  ]);
  // layer `${language}|${channel}|${selection}`; the channel is filtered, not split.
  const own = new Map<string, Map<string, Cell>>();
  const add = (layer: string, unit: string, n: number) => {
    const units = own.get(layer) ?? new Map<string, Cell>();
    const cell = units.get(unit) ?? emptyCell();
    cell.n += n;
    units.set(unit, cell);
    own.set(layer, units);
  };
  for (const r of rows) {
    const [unit = '', ...rest] = r.g.split('|');
    const sel = bySelection ? (rest[0] ?? OUT) : BOTH;
    const language = rest[bySelection ? 1 : 0] ?? UNKNOWN_LANGUAGE;
    add(`${language}|${ALL}|${sel}`, unit, r.n);
  }
  for (const p of presses) {
    const sel = ctx.selection ? (pressSelected(ctx.selection, p.language) ? IN : OUT) : BOTH;
    add(`${p.language}|${ALL}|${sel}`, p.unit, p.n);
  }
  const languages = [...new Set([...own.keys()].map((k) => k.split('|')[0] ?? ''))].sort();
  const grid = suppressGrid({
    tree: ctx.tree,
    own,
    sums: gridSums([{ parts: languages, total: '*' }, ...filterAxes(false, bySelection)]),
    minN: ctx.municipality.minGroupSize,
  });
  const read = bySelection ? IN : BOTH;
  const out = languages
    .map((language) => {
      const layer = `${language}|${ALL}|${read}`;
      const n = grid.count(layer, ctx.scopeId);
      const status = grid.status(layer, ctx.scopeId);
      // Hidden counts sort last, by tag: their place must not hint at their size.
      return { language, status, n: status === 'shown' ? n : null, order: status === 'shown' ? n : -1 };
    })
    .filter((l) => l.status !== 'empty')
    .sort((a, b) => b.order - a.order || a.language.localeCompare(b.language))
    .map(({ order: _, ...l }) => l);
  return { scope: presentScope(ctx), languages: out };
}
