import type { Kysely } from 'kysely';
import { PULSE_ITEMS, PULSE_POSITIVE, PULSE_VALUES } from '../../shared/complaints/pulse-items.ts';
import { statsFromCounts } from '../../shared/stats/compare.ts';
import { type Summary, summariseAggregates } from '../../shared/stats/summary.ts';
import { type CellStatus, suppressSmallCells } from '../../shared/stats/suppression.ts';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { pulseAnswerCounts, pulseRespondents } from './answer-repository.ts';
import { listPulseSurveys, pulseMinGroupSize } from './repository.ts';

type Db = Kysely<Database>;

export interface PulseItemResult {
  itemId: string;
  summary: Summary;
}

export interface PulseUnitResult {
  unitId: string;
  respondents: number;
  status: CellStatus;
  /** Null when the unit's group is below the pulse minimum (or hidden to protect another). */
  items: PulseItemResult[] | null;
}

/** Summaries per item from answer counts by value (1–5) and "don't know". */
export function summariseItems(
  rows: readonly { item_id: string; value: number | null; dont_know: boolean; count: number }[],
): PulseItemResult[] {
  return PULSE_ITEMS.map((item) => {
    const mine = rows.filter((r) => r.item_id === item.id);
    const counts = PULSE_VALUES.map((v) =>
      mine.filter((r) => r.value === v).reduce((s, r) => s + Number(r.count), 0),
    );
    const dontKnow = mine.filter((r) => r.dont_know).reduce((s, r) => s + Number(r.count), 0);
    return {
      itemId: item.id,
      summary: summariseAggregates(statsFromCounts(PULSE_VALUES, counts, PULSE_POSITIVE, dontKnow)),
    };
  });
}

/**
 * Pulse results per round and unit. A unit is shown only with at least the pulse minimum of
 * respondents; complementary suppression within the round stops a hidden unit being worked out from
 * the round's total.
 */
export async function pulseResults(db: Db, tenant: Tenant) {
  const [minGroupSize, rounds, counts, respondents] = await Promise.all([
    pulseMinGroupSize(db, tenant),
    listPulseSurveys(db, tenant),
    pulseAnswerCounts(db, tenant),
    pulseRespondents(db, tenant),
  ]);
  return {
    minGroupSize,
    rounds: rounds.map((round) => {
      const units = respondents.filter((r) => r.survey_id === round.id && r.unit_id !== null);
      const total = units.reduce((s, u) => s + Number(u.n), 0);
      const status = suppressSmallCells(
        { id: 'round', n: total, children: units.map((u) => ({ id: u.unit_id as string, n: Number(u.n) })) },
        minGroupSize,
      );
      const shown = (s: CellStatus | undefined) => s === 'shown';
      return {
        id: round.id,
        title: round.title,
        opensAt: round.opens_at ? round.opens_at.toISOString() : null,
        respondents: total,
        total: shown(status.round) ? summariseItems(counts.filter((c) => c.survey_id === round.id)) : null,
        units: units.map(
          (u): PulseUnitResult => ({
            unitId: u.unit_id as string,
            respondents: Number(u.n),
            status: status[u.unit_id as string] ?? 'empty',
            items: shown(status[u.unit_id as string])
              ? summariseItems(counts.filter((c) => c.survey_id === round.id && c.unit_id === u.unit_id))
              : null,
          }),
        ),
      };
    }),
  };
}
