import type { Kysely } from 'kysely';
import {
  type DateRange,
  type Goal,
  PERIODS,
  type PeriodKey,
  programmePeriods,
} from '../../shared/complaints/programme.ts';
import { PULSE_ITEMS, PULSE_VALUES } from '../../shared/complaints/pulse-items.ts';
import type { Tenant } from '../auth/context.ts';
import { municipalityMinGroupSize } from '../complaints/figures-repository.ts';
import type { Database } from '../db/types.ts';
import { notFound } from '../http/app-error.ts';
import { pulseMinGroupSize } from '../pulse/repository.ts';
import { complaintMetrics } from './goal-complaints.ts';
import * as g from './goal-metrics.ts';
import { actionPlanCounts, adviceEntries, itemCountsByPeriod } from './goals-repository.ts';
import { findProgramme, programmeUnits } from './repository.ts';

type Db = Kysely<Database>;

/** The citizen experience indicator the view follows: overall satisfaction (1–5). */
export const CITIZEN_ITEM = 'satisfaction.overall';
const SATISFACTION_VALUES = [1, 2, 3, 4, 5] as const;

export interface Metric {
  key: string;
  /** How to read `value`: mean on 1–5, share 0–1, rate per 1,000 contacts or per month, days, count. */
  format: 'mean5' | 'share' | 'per1000' | 'perMonth' | 'days' | 'count';
  higherIsBetter: boolean;
  participants: g.Cells;
  comparison: g.Cells | null;
  change: g.Change | null;
  comparisonChange: g.Change | null;
}

export type Group = { ids: string[]; periods: Record<PeriodKey, DateRange> };

async function surveyMetrics(
  db: Db,
  t: Tenant,
  groups: Group[],
  minCitizen: number,
  minPulse: number,
): Promise<Metric[][]> {
  const items = [
    { id: CITIZEN_ITEM, pulse: false, min: minCitizen },
    ...PULSE_ITEMS.map((i) => ({ id: i.id, pulse: true, min: minPulse })),
  ];
  return Promise.all(
    groups.map(async ({ ids, periods }) => {
      const rows = await itemCountsByPeriod(db, t, {
        citizenItems: [CITIZEN_ITEM],
        pulseItems: PULSE_ITEMS.map((i) => i.id),
        unitIds: ids,
        periods,
      });
      const of = (itemId: string, p: PeriodKey) => rows.filter((r) => r.item_id === itemId && r.period === p);
      return items.map((item): Metric => {
        const values = item.pulse ? PULSE_VALUES : SATISFACTION_VALUES;
        return {
          key: item.pulse ? `pulse.${item.id}` : 'citizen.satisfaction',
          format: 'mean5',
          higherIsBetter: true,
          participants: g.cellsFor((p) => g.meanCell(of(item.id, p), values, item.min)),
          comparison: null,
          change: g.meanChange(of(item.id, 'before'), of(item.id, 'after'), values, item.min),
          comparisonChange: null,
        };
      });
    }),
  );
}

/** Puts the comparison group's figures next to the participants' in each metric. */
function merge(mine: Metric[], theirs: Metric[] | undefined): Metric[] {
  return mine.map((m, i) => ({
    ...m,
    comparison: theirs?.[i]?.participants ?? null,
    comparisonChange: theirs?.[i]?.change ?? null,
  }));
}

/**
 * The four goals for a programme's participating units (and its comparison units, where there are
 * any) before, during and after the programme, each with an honest before/after verdict.
 */
export async function programmeGoals(db: Db, tenant: Tenant, programmeId: string) {
  const programme = await findProgramme(db, tenant, programmeId);
  if (!programme) throw notFound();
  const periods = programmePeriods({
    startsOn: programme.starts_on,
    endsOn: programme.ends_on,
    baselineMonths: programme.baseline_months,
    followUpMonths: programme.follow_up_months,
  });
  const units = await programmeUnits(db, tenant, programmeId);
  const participants = units.filter((u) => u.role === 'participant').map((u) => u.unit_id);
  const comparisonIds = units.filter((u) => u.role === 'comparison').map((u) => u.unit_id);
  const [minN, minPulse] = await Promise.all([
    municipalityMinGroupSize(db, tenant),
    pulseMinGroupSize(db, tenant),
  ]);
  const groups: Group[] = [
    { ids: participants, periods },
    ...(comparisonIds.length ? [{ ids: comparisonIds, periods }] : []),
  ];
  const survey = await surveyMetrics(db, tenant, groups, minN, minPulse);
  const complaints = await Promise.all(groups.map((grp) => complaintMetrics(db, tenant, grp, minN)));
  const surveyMerged = merge(survey[0] ?? [], survey[1]);
  const complaintsMerged = merge(complaints[0] ?? [], complaints[1]);
  const plans = await actionPlanCounts(db, tenant, programmeId);
  const advice = Object.fromEntries(
    await Promise.all(
      PERIODS.map(async (p) => [p, await adviceEntries(db, tenant, periods[p].from, periods[p].to)] as const),
    ),
  );
  const countCell = (v: number | null): g.Cell => ({ value: v, ci: null, n: v ?? 0, suppressed: false });
  const knowledgeCounts: Metric[] = [
    {
      key: 'knowledge.actionPlansFollowedUp',
      format: 'count',
      higherIsBetter: true,
      participants: { before: g.emptyCell(), during: g.emptyCell(), after: countCell(plans.followed) },
      comparison: null,
      change: null,
      comparisonChange: null,
    },
    {
      key: 'knowledge.actionPlansShared',
      format: 'count',
      higherIsBetter: true,
      participants: { before: g.emptyCell(), during: g.emptyCell(), after: countCell(plans.shared) },
      comparison: null,
      change: null,
      comparisonChange: null,
    },
    {
      key: 'knowledge.adviceEntries',
      format: 'count',
      higherIsBetter: true,
      participants: g.cellsFor((p) => countCell(advice[p] ?? null)),
      comparison: null,
      change: null,
      comparisonChange: null,
    },
  ];
  const goals: { goal: Goal; metrics: Metric[] }[] = [
    { goal: 'citizen', metrics: surveyMerged.filter((m) => m.key === 'citizen.satisfaction') },
    {
      goal: 'employee',
      metrics: surveyMerged.filter((m) =>
        PULSE_ITEMS.some((i) => i.goal === 'employee' && m.key === `pulse.${i.id}`),
      ),
    },
    { goal: 'complaints', metrics: complaintsMerged },
    {
      goal: 'knowledge',
      metrics: [
        ...surveyMerged.filter((m) =>
          PULSE_ITEMS.some((i) => i.goal === 'knowledge' && m.key === `pulse.${i.id}`),
        ),
        ...knowledgeCounts,
      ],
    },
  ];
  return {
    programmeId,
    periods,
    participants,
    comparison: comparisonIds,
    minGroupSize: minN,
    pulseMinGroupSize: minPulse,
    actionPlans: plans,
    adviceAvailable: advice.before !== null,
    goals,
  };
}
