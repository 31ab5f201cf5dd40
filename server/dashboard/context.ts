import type { Kysely } from 'kysely';
import type { DashboardFiltersInput } from '../../shared/api/dashboard.ts';
import type { TranslationStatus } from '../../shared/languages/status.ts';
import { canonicalTag } from '../../shared/languages/tags.ts';
import type { AuthContext } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { AppError, notFound } from '../http/app-error.ts';
import type { Selection } from './aggregate-query.ts';
import type { SnapshotCache } from './context-cache.ts';
import type { ContextSnapshot } from './context-snapshot.ts';
import { type DayRange, defaultPeriod, monthEnd, planTiers, type TierPlan, wholeMonths } from './period.ts';
import { descendants, ROOT_ID, type UnitTree } from './tree.ts';

type Db = Kysely<Database>;

/** Everything a dashboard view needs besides the aggregates: organisation, surveys, filters. */
export interface DashboardContext {
  municipality: { name: string; country: 'DK' | 'NO'; minGroupSize: number };
  tree: UnitTree;
  surveys: ReadonlyMap<string, { title: string; definition: unknown }>;
  /** The selected unit, or ROOT_ID for the whole municipality. */
  scopeId: string;
  /** Units whose responses are in scope (the unit and its sub-units); null = all, incl. no unit. */
  scopeUnitIds: string[] | null;
  /** Surveys matching the journey/touchpoint filter; null = all. */
  surveyIds: string[] | null;
  /**
   * The survey definition every survey shares as far as scales go, or null when surveys declare
   * different scales (then figures are aggregated per survey and never mixed across scales).
   */
  sharedDefinition: { scaleId?: unknown } | null;
  channel: string | null;
  /** The language / translation-status filter; null when none is set. */
  selection: Selection | null;
  /** The whole months covered (inclusive dates), and the same as a half-open day range for SQL. */
  period: { from: string; to: string };
  range: DayRange;
  plan: TierPlan;
  journeyId: string | null;
  touchpointId: string | null;
}

const list = (v: string | undefined) => (v ? [...new Set(v.split(','))] : []);

/** The language filter in canonical tags; a tag that is not BCP 47 answers 400 on its field. */
export function selectionOf(f: DashboardFiltersInput): Selection | null {
  const tags = (field: 'languages' | 'excludeLanguages') =>
    list(f[field]).map((t) => {
      const tag = canonicalTag(t);
      if (!tag) throw new AppError('validation_failed', {}, [{ path: field, problem: 'invalid' }]);
      return tag;
    });
  const s = {
    languages: tags('languages'),
    excludeLanguages: tags('excludeLanguages'),
    statuses: list(f.statuses),
    excludeStatuses: list(f.excludeStatuses),
  };
  return Object.values(s).some((v) => v.length > 0) ? s : null;
}

/** Resolves the filters against a municipality's snapshot; a unit that is not in it answers 404. */
export function contextFor(snapshot: ContextSnapshot, f: DashboardFiltersInput): DashboardContext {
  const { tree, surveys } = snapshot;
  if (f.unitId && !tree.units.has(f.unitId)) throw notFound();
  const scopeId = f.unitId ?? ROOT_ID;
  const matching = surveys.filter(
    (s) =>
      (!f.journeyId || s.journeyId === f.journeyId) && (!f.touchpointId || s.touchpointId === f.touchpointId),
  );
  const fallback = defaultPeriod(new Date());
  const from = f.from ?? fallback.from;
  const to = f.to ?? fallback.to;
  // Periods are whole months: the month tier then answers them exactly.
  const range = wholeMonths(from, to);
  return {
    municipality: snapshot.municipality,
    tree,
    surveys: snapshot.surveyById,
    scopeId,
    scopeUnitIds: scopeId === ROOT_ID ? null : descendants(tree, scopeId),
    surveyIds: f.journeyId || f.touchpointId ? matching.map((s) => s.id) : null,
    sharedDefinition: snapshot.sharedDefinition,
    channel: f.channel ?? null,
    selection: selectionOf(f),
    period: { from: range.from, to: monthEnd(from <= to ? to : from) },
    range,
    plan: planTiers(),
    journeyId: f.journeyId ?? null,
    touchpointId: f.touchpointId ?? null,
  };
}

/** The context for the signed-in user's municipality, from a snapshot checked to be current. */
export async function loadContext(
  db: Db,
  auth: AuthContext,
  f: DashboardFiltersInput,
  cache: SnapshotCache,
): Promise<DashboardContext> {
  return contextFor(await cache.current(db, auth), f);
}

/**
 * Runs a view with the context, checking the cached snapshot concurrently (see `SnapshotCache.run`):
 * the lean path of the JSON endpoints.
 */
export function withContext<T>(
  db: Db,
  auth: AuthContext,
  f: DashboardFiltersInput,
  cache: SnapshotCache,
  view: (ctx: DashboardContext) => Promise<T>,
): Promise<T> {
  return cache.run(db, auth, async (snapshot) => view(contextFor(snapshot, f)));
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
    languages: [...(ctx.selection?.languages ?? [])],
    excludeLanguages: [...(ctx.selection?.excludeLanguages ?? [])],
    statuses: [...(ctx.selection?.statuses ?? [])] as TranslationStatus[],
    excludeStatuses: [...(ctx.selection?.excludeStatuses ?? [])] as TranslationStatus[],
    minGroupSize: ctx.municipality.minGroupSize,
  };
}
