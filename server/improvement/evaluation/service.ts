import type { InitiativeDto } from '../../../shared/api/improvement/initiatives.ts';
import { observedHours } from '../../../shared/evaluation/rates.ts';
import {
  assembleReport,
  type Group,
  type ReportData,
  type ReportInput,
} from '../../../shared/evaluation/report.ts';
import { localText } from '../../../shared/indicators/local-questions.ts';
import type { Locale } from '../../../shared/indicators/types.ts';
import type { Tenant } from '../../auth/context.ts';
import { type Db, dayStart } from '../common.ts';
import { getInitiative } from '../initiatives/service.ts';
import { localQuestions } from '../local-questions.ts';
import * as repo from './repository.ts';

/**
 * The two groups compared. Before/after: the test units in the baseline period and in the test period.
 * Comparison: the comparison units and the test units, both in the test period. Ends are inclusive days.
 */
export function windows(i: InitiativeDto): Record<Group, repo.Window> {
  const test = { unitIds: i.testUnitIds, from: dayStart(i.testStart), to: dayStart(i.testEnd, 1) };
  if (i.design === 'comparison') return { before: { ...test, unitIds: i.comparisonUnitIds }, after: test };
  const start = i.baselineStart ?? i.testStart;
  const end = i.baselineEnd ?? i.testStart;
  return { before: { unitIds: i.testUnitIds, from: dayStart(start), to: dayStart(end, 1) }, after: test };
}

async function observations(db: Db, tenant: Tenant, w: repo.Window) {
  const s = await repo.observationSummary(db, tenant, w);
  return { hours: observedHours(s.sessions), byCategory: s.byCategory };
}

/** Reads everything the evaluation of one initiative needs and computes the report. */
export async function buildReport(db: Db, tenant: Tenant, id: string, locale: Locale): Promise<ReportData> {
  const i = await getInitiative(db, tenant, id);
  const w = windows(i);
  const n = await repo.names(db, tenant, [...i.testUnitIds, ...i.comparisonUnitIds], i.ideaIds);
  const unitName = (id: string) => n.units.find((u) => u.id === id)?.name ?? '';
  const quote = (group: Group) => async () =>
    (await repo.quotesIn(db, tenant, w[group])).map((q) => ({
      body: q.body,
      role: q.role,
      profession: q.profession,
      group,
    }));
  const answers = async (group: Group) => [
    ...(await repo.answerCounts(db, tenant, w[group], i.measures.items)),
    ...(await repo.localAnswerCounts(db, tenant, w[group], i.measures.local)),
  ];
  // A question removed from its survey since has no text or scale left to evaluate it by.
  const local = [...(await localQuestions(db, tenant, i.measures.local)).values()].flatMap((q) =>
    q.question.type === 'scale'
      ? [{ id: q.id, label: localText(q.question.text, locale), scaleId: q.question.scaleId }]
      : [],
  );
  const input: ReportInput = {
    locale,
    municipality: n.municipality.name,
    minGroupSize: n.municipality.min_group_size,
    generatedAt: new Date().toISOString(),
    initiative: {
      id: i.id,
      title: i.title,
      background: i.background,
      description: i.description,
      owner: i.owner,
      design: i.design,
      baseline: i.baselineStart && i.baselineEnd ? { start: i.baselineStart, end: i.baselineEnd } : null,
      test: { start: i.testStart, end: i.testEnd },
      successCriteria: i.successCriteria,
      criteria: i.criteria,
      recommendations: i.recommendations,
      units: i.testUnitIds.map(unitName),
      comparisonUnits: i.comparisonUnitIds.map(unitName),
      ideas: n.ideas.map((x) => x.title),
      problems: n.problems,
    },
    items: i.measures.items,
    localItems: local,
    answers: { before: await answers('before'), after: await answers('after') },
    categories: i.measures.categories,
    observations: {
      before: await observations(db, tenant, w.before),
      after: await observations(db, tenant, w.after),
    },
    counts: i.measures.counts,
    quotes: [...(await quote('before')()), ...(await quote('after')())],
  };
  return assembleReport(input);
}
