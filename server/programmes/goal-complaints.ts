import type { Kysely } from 'kysely';
import { PERIODS, type PeriodKey, rangeMonths } from '../../shared/complaints/programme.ts';
import type { Tenant } from '../auth/context.ts';
import { pooledCounts } from '../complaints/figures-repository.ts';
import type { Database } from '../db/types.ts';
import * as g from './goal-metrics.ts';
import type { Group, Metric } from './goals.ts';
import { contactsFor } from './goals-repository.ts';

type Db = Kysely<Database>;

/**
 * The complaints goal for one group of units: complaints per 1,000 contacts (per month when not every
 * unit recorded its contacts for every month), the share about the process, and the median time to
 * answer. Lower is better for all three.
 */
export async function complaintMetrics(
  db: Db,
  t: Tenant,
  { ids, periods }: Group,
  minN: number,
): Promise<Metric[]> {
  const counts = Object.fromEntries(
    await Promise.all(
      PERIODS.map(async (p) => [p, await pooledCounts(db, t, periods[p].from, periods[p].to, ids)] as const),
    ),
  );
  const months = Object.fromEntries(PERIODS.map((p) => [p, rangeMonths(periods[p])]));
  const contacts = Object.fromEntries(
    await Promise.all(
      PERIODS.map(
        async (p) =>
          [
            p,
            await contactsFor(db, t, ids, periods[p].from, periods[p].to, Math.round(months[p] ?? 0)),
          ] as const,
      ),
    ),
  );
  const perThousand = PERIODS.every((p) => contacts[p] !== null);
  const exposure = (p: PeriodKey) => (perThousand ? contacts[p] : months[p]) ?? null;
  const c = (p: PeriodKey) => counts[p]!;
  return [
    {
      key: 'complaints.rate',
      format: perThousand ? 'per1000' : 'perMonth',
      higherIsBetter: false,
      participants: g.cellsFor((p) => g.rateCell(c(p), exposure(p), perThousand)),
      comparison: null,
      change: g.rateChange(c('before'), exposure('before'), c('after'), exposure('after'), perThousand),
      comparisonChange: null,
    },
    {
      key: 'complaints.processShare',
      format: 'share',
      higherIsBetter: false,
      participants: g.cellsFor((p) => g.shareCell(c(p).process, c(p).count, minN)),
      comparison: null,
      change: g.shareChange(c('before'), c('after'), minN),
      comparisonChange: null,
    },
    {
      key: 'complaints.medianDays',
      format: 'days',
      higherIsBetter: false,
      participants: g.cellsFor((p) =>
        c(p).answered > 0 && c(p).answered < minN
          ? { value: null, ci: null, n: c(p).answered, suppressed: true }
          : { value: c(p).medianDaysToAnswer, ci: null, n: c(p).answered, suppressed: false },
      ),
      comparison: null,
      change: null,
      comparisonChange: null,
    },
  ];
}
