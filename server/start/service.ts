import type { Kysely } from 'kysely';
import type { StartPage } from '../../shared/api/start.ts';
import { scaleOf, scaleRange } from '../../shared/indicators/scales.ts';
import type { AuthContext } from '../auth/context.ts';
import { hiddenFigure } from '../dashboard/cells.ts';
import { comparison } from '../dashboard/comparison.ts';
import type { DashboardContext } from '../dashboard/context.ts';
import { overview } from '../dashboard/overview.ts';
import { INDEX_ITEM } from '../dashboard/scales.ts';
import { trend } from '../dashboard/trend.ts';
import type { Database } from '../db/types.ts';
import { isoDay } from '../improvement/common.ts';
import { alertStatuses } from '../smiley/service.ts';
import * as repo from './repository.ts';

type Db = Kysely<Database>;
type Point = StartPage['index']['trend'][number];

const TOP = 3;

/** The last whole shown month minus the whole shown month before it (partial months are not comparable). */
export function lastChange(points: readonly Point[]): number | null {
  const whole = points.filter((p) => !p.partial && p.figure.status === 'shown' && p.figure.mean !== null);
  const last = whole.at(-1)?.figure.mean;
  const before = whole.at(-2)?.figure.mean;
  return last === undefined || before === undefined || last === null || before === null
    ? null
    : last - before;
}

/**
 * The start page, all within the caller's municipality. The index, its trend and the units are the
 * dashboard's own views over its default period (the last 12 months), so suppression is identical.
 */
export async function startPage(db: Db, auth: AuthContext, ctx: DashboardContext, now = new Date()) {
  const today = now.toISOString().slice(0, 10);
  const [ov, tr, cmp, rules, initiatives, journeys] = await Promise.all([
    overview(db, auth, ctx),
    trend(db, auth, ctx, 'month', INDEX_ITEM, today),
    comparison(db, auth, ctx, INDEX_ITEM, 'units'),
    repo.alertRules(db, auth),
    repo.runningInitiatives(db, auth, today, 5),
    repo.journeysByHotspots(db, auth, 5),
  ]);
  // A municipality may use two scales for the index (agree5 and agree6): show the one most answered.
  const indicator = ov.indicators
    .filter((i) => i.itemId === INDEX_ITEM)
    .sort((a, b) => (b.figure.n ?? 0) - (a.figure.n ?? 0))[0];
  const scaleId = indicator?.scaleId ?? null;
  const points = tr.series.find((s) => s.scaleId === scaleId)?.points ?? tr.series[0]?.points ?? [];
  const rows = (cmp.series.find((s) => s.scaleId === scaleId) ?? cmp.series[0])?.rows ?? [];
  const shown = rows.filter((r) => r.figure.status === 'shown' && r.figure.mean !== null);
  // Open: firing now, or fired within the last day (the unit's page shows the same).
  const alerts = (await alertStatuses(db, auth, rules, now))
    .filter((s) => s.firingNow || s.lastDay)
    .map(({ rule, firingNow }) => ({
      unitId: rule.unit_id,
      unitName: rule.name,
      firingNow,
      surveyId: rule.survey_id ?? null,
    }));
  return {
    scope: ov.scope,
    respondents: ov.respondents,
    index: {
      scaleMax: scaleRange(scaleOf(scaleId)).max,
      figure: indicator?.figure ?? hiddenFigure('empty'),
      trend: points,
      change: lastChange(points),
    },
    best: shown.slice(0, TOP),
    worst: shown.slice(-TOP).reverse(),
    alerts,
    initiatives: initiatives.map((i) => ({
      id: i.id,
      title: i.title,
      nextEvaluation: isoDay(i.test_end) ?? '',
    })),
    journeys: journeys.map((j) => ({ id: j.id, title: j.title, hotspots: Number(j.hotspots) })),
  } satisfies StartPage;
}
