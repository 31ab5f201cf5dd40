import type { Kysely } from 'kysely';
import type { AuthContext } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { notFound } from '../http/app-error.ts';
import { type DayRange, defaultPeriod, monthEnd, planTiers, type TierPlan, wholeMonths } from './period.ts';
import * as repo from './repository.ts';
import type { DashboardFiltersInput } from './schema.ts';
import { buildTree, descendants, ROOT_ID, type UnitTree } from './tree.ts';

type Db = Kysely<Database>;

/** Everything a dashboard view needs besides the aggregates: organisation, surveys, filters. */
export interface DashboardContext {
  municipality: { name: string; country: 'DK' | 'NO'; minGroupSize: number };
  tree: UnitTree;
  surveys: Map<string, { title: string; definition: unknown }>;
  /** The selected unit, or ROOT_ID for the whole municipality. */
  scopeId: string;
  /** Units whose responses are in scope (the unit and its sub-units); null = all, incl. no unit. */
  scopeUnitIds: string[] | null;
  /** Surveys matching the journey/touchpoint filter; null = all. */
  surveyIds: string[] | null;
  channel: string | null;
  /** The whole months covered (inclusive dates), and the same as a half-open day range for SQL. */
  period: { from: string; to: string };
  range: DayRange;
  plan: TierPlan;
  journeyId: string | null;
  touchpointId: string | null;
}

/** Resolves the filters against the signed-in user's municipality; unknown ids answer 404. */
export async function loadContext(
  db: Db,
  auth: AuthContext,
  f: DashboardFiltersInput,
): Promise<DashboardContext> {
  const [m, units, surveys] = await Promise.all([
    repo.findMunicipality(db, auth),
    repo.listAllUnits(db, auth),
    repo.listSurveys(db, auth),
  ]);
  const tree = buildTree(units.map((u) => ({ id: u.id, parentId: u.parent_id, name: u.name })));
  if (f.unitId && !tree.units.has(f.unitId)) throw notFound();
  const scopeId = f.unitId ?? ROOT_ID;
  const matching = surveys.filter(
    (s) =>
      (!f.journeyId || s.journey_id === f.journeyId) &&
      (!f.touchpointId || s.touchpoint_id === f.touchpointId),
  );
  const fallback = defaultPeriod(new Date());
  const from = f.from ?? fallback.from;
  const to = f.to ?? fallback.to;
  // Periods are whole months: the month tier then answers them exactly.
  const range = wholeMonths(from, to);
  return {
    municipality: { name: m.name, country: m.country, minGroupSize: m.min_group_size },
    tree,
    surveys: new Map(surveys.map((s) => [s.id, { title: s.title, definition: s.definition }])),
    scopeId,
    scopeUnitIds: scopeId === ROOT_ID ? null : descendants(tree, scopeId),
    surveyIds: f.journeyId || f.touchpointId ? matching.map((s) => s.id) : null,
    channel: f.channel ?? null,
    period: { from: range.from, to: monthEnd(from <= to ? to : from) },
    range,
    plan: planTiers(),
    journeyId: f.journeyId ?? null,
    touchpointId: f.touchpointId ?? null,
  };
}

/** The scope as the API echoes it back (also the header of the report and the export). */
export function presentScope(ctx: DashboardContext) {
  return {
    municipality: ctx.municipality.name,
    unitId: ctx.scopeId === ROOT_ID ? null : ctx.scopeId,
    unitName: ctx.tree.units.get(ctx.scopeId)?.name ?? null,
    from: ctx.period.from,
    to: ctx.period.to,
    channel: ctx.channel,
    journeyId: ctx.journeyId,
    touchpointId: ctx.touchpointId,
    minGroupSize: ctx.municipality.minGroupSize,
  };
}
