import type { Kysely } from 'kysely';
import type { AuthContext } from '../../auth/context.ts';
import { contextFor } from '../../dashboard/context.ts';
import type { SnapshotCache } from '../../dashboard/context-cache.ts';
import { ITEM_ORDER } from '../../dashboard/overview.ts';
import { ROOT_ID } from '../../dashboard/tree.ts';
import { trend } from '../../dashboard/trend.ts';
import type { Database } from '../../db/types.ts';

/** One published figure: a unit (or the whole municipality) in one month, for one indicator. */
export interface OpenFigure {
  unitId: string | null;
  unitName: string;
  parentUnitId: string | null;
  month: string;
  itemId: string;
  scaleId: string | null;
  n: number;
  mean: number;
  ciLower: number | null;
  ciUpper: number | null;
  positiveShare: number | null;
  dontKnowShare: number | null;
}

/** The dashboard's view of a municipality for a caller that is nobody in particular. */
function publicReader(municipalityId: string): AuthContext {
  return {
    userId: '',
    municipalityId,
    role: 'viewer',
    locale: 'da',
    email: '',
    name: '',
    csrfToken: '',
    tokenHash: '',
    mustChangePassword: false,
  };
}

/**
 * Every indicator per unit and month over the period, computed by the dashboard's own trend view
 * (same aggregation, same small-group and complementary suppression): a figure is published exactly
 * when the dashboard shows it, and hidden cells are left out entirely, not sent as empty values.
 */
export async function openFigures(
  db: Kysely<Database>,
  municipalityId: string,
  snapshots: SnapshotCache,
  period: { from: string; to: string },
): Promise<{ from: string; to: string; minGroupSize: number; figures: OpenFigure[] }> {
  const auth = publicReader(municipalityId);
  const snapshot = await snapshots.current(db, auth);
  const scopes = [ROOT_ID, ...snapshot.tree.units.keys()];
  const figures: OpenFigure[] = [];
  let covered = { from: period.from, to: period.to };
  for (const scopeId of scopes) {
    const ctx = contextFor(snapshot, { ...period, ...(scopeId === ROOT_ID ? {} : { unitId: scopeId }) });
    covered = ctx.period;
    const unit = snapshot.tree.units.get(scopeId);
    for (const item of ITEM_ORDER) {
      const t = await trend(db, auth, ctx, 'month', item);
      for (const series of t.series) {
        for (const p of series.points) {
          const f = p.figure;
          if (f.status !== 'shown' || f.n === null || f.mean === null) continue;
          figures.push({
            unitId: unit ? unit.id : null,
            unitName: unit ? unit.name : snapshot.municipality.name,
            parentUnitId: unit?.parentId ?? null,
            month: p.start.slice(0, 7),
            itemId: series.itemId,
            scaleId: series.scaleId,
            n: f.n,
            mean: f.mean,
            ciLower: f.ci?.lower ?? null,
            ciUpper: f.ci?.upper ?? null,
            positiveShare: f.positiveShare,
            dontKnowShare: f.dontKnowShare,
          });
        }
      }
    }
  }
  return { ...covered, minGroupSize: snapshot.municipality.minGroupSize, figures };
}
