import type { Kysely } from 'kysely';
import {
  type ComplaintFigures,
  figuresFromCounts,
  monthlyTrend,
  monthsBetween,
} from '../../shared/complaints/figures.ts';
import { type CellStatus, suppressSmallCells } from '../../shared/stats/suppression.ts';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import * as repo from './figures-repository.ts';

type Db = Kysely<Database>;

export interface UnitFigures {
  unitId: string | null;
  status: CellStatus;
  /** Null when the group is too small to show (or hidden to protect another small group). */
  figures: ComplaintFigures | null;
  months: { month: string; count: number }[] | null;
  /** Change in complaints per month (least squares); null with under three months or when hidden. */
  trend: number | null;
}

/**
 * Complaint figures per unit and for the whole municipality in a period, with the dashboard's
 * small-group rule: a unit with fewer complaints than the minimum group size is hidden, and so is the
 * next-smallest unit when the hidden one could otherwise be worked out from the total.
 */
export async function complaintFiguresByUnit(db: Db, tenant: Tenant, from: string, to: string) {
  const minGroupSize = await repo.municipalityMinGroupSize(db, tenant);
  const months = monthsBetween(from.slice(0, 7), to.slice(0, 7));
  const [counts, monthly, contacts] = await Promise.all([
    repo.countsByUnit(db, tenant, from, to),
    repo.monthlyCounts(db, tenant, from, to),
    repo.contactsByUnit(db, tenant, from, to),
  ]);
  const unitIds = [...new Set([...counts.map((c) => c.unit_id), ...contacts.map((c) => c.unit_id)])];
  const countOf = (id: string) => Number(counts.find((c) => c.unit_id === id)?.count ?? 0);
  const total = unitIds.reduce((s, id) => s + countOf(id), 0);
  const status = suppressSmallCells(
    { id: 'total', n: total, children: unitIds.map((id) => ({ id, n: countOf(id) })) },
    minGroupSize,
  );
  const volumeOf = (ids: readonly string[]) => {
    const rows = ids.map((id) => contacts.find((c) => c.unit_id === id));
    if (ids.length === 0 || rows.some((r) => !r || Number(r.months) < months.length)) return null;
    return rows.reduce((s, r) => s + Number(r?.contacts ?? 0), 0);
  };
  const series = (ids: readonly string[]) =>
    months.map((month) => ({
      month,
      count: monthly
        .filter((m) => m.month === month && ids.includes(m.unit_id))
        .reduce((s, m) => s + Number(m.count), 0),
    }));
  const totalMedian = (await repo.pooledCounts(db, tenant, from, to, unitIds)).medianDaysToAnswer;
  const build = (unitId: string | null, ids: readonly string[], cell: CellStatus): UnitFigures => {
    if (cell === 'suppressed' || cell === 'complementary')
      return { unitId, status: cell, figures: null, months: null, trend: null };
    const rows = counts.filter((c) => ids.includes(c.unit_id));
    const pooled = {
      count: rows.reduce((s, r) => s + Number(r.count), 0),
      process: rows.reduce((s, r) => s + Number(r.process), 0),
      decision: rows.reduce((s, r) => s + Number(r.decision), 0),
      answered: rows.reduce((s, r) => s + Number(r.answered), 0),
      medianDaysToAnswer:
        unitId === null ? totalMedian : rows[0]?.median_days != null ? Number(rows[0].median_days) : null,
    };
    const m = series(ids);
    return {
      unitId,
      status: cell,
      figures: figuresFromCounts(pooled, volumeOf(ids)),
      months: m,
      trend: monthlyTrend(m),
    };
  };
  return {
    from,
    to,
    minGroupSize,
    total: build(null, unitIds, status.total ?? 'empty'),
    units: unitIds.map((id) => build(id, [id], status[id] ?? 'empty')),
  };
}
