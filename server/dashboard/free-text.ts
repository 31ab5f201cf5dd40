import type { Kysely } from 'kysely';
import type { AuthContext } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { type DashboardContext, presentScope } from './context.ts';
import { listFreeText } from './repository.ts';
import { RESPONSES_ITEM } from './scales.ts';
import { ROOT_ID } from './tree.ts';
import { unitFigures } from './unit-cells.ts';

export const FREE_TEXT_PAGE = 50;

/**
 * Free text can identify its writer far more easily than a number, so it needs a larger group: twice
 * the municipality's minimum, and never fewer than ten responses in scope.
 */
export function freeTextMinimum(minGroupSize: number): number {
  return Math.max(10, 2 * minGroupSize);
}

function parseCursor(before: string | undefined) {
  if (!before) return null;
  const [hour, id] = before.split('_');
  return hour && id ? { hour, id: Number(id) } : null;
}

/** Screened free-text answers for the scope, newest first, searchable, only for large enough groups. */
export async function freeText(
  db: Kysely<Database>,
  auth: AuthContext,
  ctx: DashboardContext,
  search: string | undefined,
  before: string | undefined,
) {
  const minimum = freeTextMinimum(ctx.municipality.minGroupSize);
  const counts = await unitFigures(db, auth, ctx, [RESPONSES_ITEM]);
  const respondents = [...counts.values()][0]?.totals.get(ctx.scopeId)?.n ?? 0;
  const base = { scope: presentScope(ctx), minimum };
  if (respondents < minimum) return { ...base, status: 'suppressed' as const, answers: [], nextBefore: null };
  const rows = await listFreeText(db, auth, {
    range: ctx.range,
    unitIds: ctx.scopeId === ROOT_ID ? null : ctx.scopeUnitIds,
    surveyIds: ctx.surveyIds,
    channel: ctx.channel,
    selection: ctx.selection,
    search: search || null,
    before: parseCursor(before),
    limit: FREE_TEXT_PAGE,
  });
  const answers = rows.map((r) => ({
    responseId: r.response_id,
    itemId: r.item_id,
    body: r.body,
    hour: new Date(r.submitted_hour).toISOString(),
    surveyTitle: ctx.surveys.get(r.survey_id)?.title ?? '',
    unitName: r.unit_id ? (ctx.tree.units.get(r.unit_id)?.name ?? null) : null,
  }));
  const last = answers.at(-1);
  const nextBefore = answers.length === FREE_TEXT_PAGE && last ? `${last.hour}_${last.responseId}` : null;
  return { ...base, status: 'shown' as const, answers, nextBefore };
}
