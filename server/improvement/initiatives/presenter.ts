import type { InitiativeDto } from '../../../shared/api/improvement/initiatives.ts';
import { isoDay } from '../common.ts';
import type { InitiativeRow } from './repository.ts';

type Links = [
  { initiative_id: string; idea_id: string }[],
  { initiative_id: string; unit_id: string; role: 'test' | 'comparison' }[],
];

/** Copies the fields the API shows of an initiative, with its ideas and units. */
export function presentInitiative(row: InitiativeRow, [ideas, units]: Links): InitiativeDto {
  const mine = units.filter((u) => u.initiative_id === row.id);
  return {
    id: row.id,
    title: row.title,
    background: row.background,
    description: row.description,
    owner: row.owner,
    design: row.design,
    baselineStart: isoDay(row.baseline_start),
    baselineEnd: isoDay(row.baseline_end),
    testStart: isoDay(row.test_start) ?? '',
    testEnd: isoDay(row.test_end) ?? '',
    measures: {
      items: row.measures.items,
      local: row.measures.local ?? [],
      categories: row.measures.categories,
      counts: row.measures.counts,
    },
    successCriteria: row.success_criteria,
    criteria: row.criteria ?? [],
    recommendations: row.recommendations,
    startedAt: row.started_at ? row.started_at.toISOString() : null,
    shareToken: row.report_token,
    ideaIds: ideas.filter((i) => i.initiative_id === row.id).map((i) => i.idea_id),
    testUnitIds: mine.filter((u) => u.role === 'test').map((u) => u.unit_id),
    comparisonUnitIds: mine.filter((u) => u.role === 'comparison').map((u) => u.unit_id),
  };
}
