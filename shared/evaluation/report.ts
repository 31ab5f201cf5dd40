import type { SuccessCriterion } from '../api/improvement/criteria.ts';
import { SCALES } from '../indicators/scales.ts';
import type { Locale, ScaleId } from '../indicators/types.ts';
import { CATEGORY_LABELS, isObservationCategory } from './categories.ts';
import type { Design, Group } from './groups.ts';
import { type HeadlineKey, headline } from './headline.ts';
import { evaluateItems, type ItemEvaluation } from './item.ts';
import { countsByValue, type ItemScale, itemLabel, itemScale, scaleValues } from './measures.ts';
import { compareRates, type RateComparison } from './rates.ts';

export { type Design, type Group, groupKeys } from './groups.ts';

/** What the server reads from the database for one evaluation; no statistics yet. */
export interface ReportInput {
  locale: Locale;
  municipality: string;
  minGroupSize: number;
  generatedAt: string;
  initiative: {
    id: string;
    title: string;
    background: string;
    description: string;
    owner: string;
    design: Design;
    baseline: { start: string; end: string } | null;
    test: { start: string; end: string };
    /** The free-text note from before structured criteria. */
    successCriteria: string;
    criteria: SuccessCriterion[];
    recommendations: string;
    units: string[];
    comparisonUnits: string[];
    ideas: string[];
    problems: string[];
  };
  items: string[];
  /**
   * The municipality's own scale questions measured (`surveyId/questionId`), with their text in the
   * report's language; their answers come in `answers` under that id and are evaluated like items.
   */
  localItems?: { id: string; label: string; scaleId: ScaleId }[];
  answers: Record<Group, { itemId: string; value: number; count: number }[]>;
  categories: string[];
  observations: Record<Group, { hours: number; byCategory: Record<string, number> }>;
  counts: { label: string; before: number | null; after: number | null }[];
  quotes: { body: string; role: string; profession: string | null; group: Group }[];
}

export interface ReportItem extends ItemEvaluation {
  label: string;
  min: number;
  max: number;
}

export interface ReportRate extends RateComparison {
  category: string;
  label: string;
  countBefore: number;
  countAfter: number;
}

/** Everything the printable page, the HTML download and the public link show. */
export interface ReportData
  extends Omit<ReportInput, 'answers' | 'observations' | 'items' | 'localItems' | 'categories'> {
  minN: number;
  items: ReportItem[];
  headline: HeadlineKey;
  hours: Record<Group, number>;
  rates: ReportRate[];
}

/** Runs the statistics over what was read and assembles the report. Pure, so it is tested in isolation. */
export function assembleReport(input: ReportInput, minN = 20): ReportData {
  const local = new Map((input.localItems ?? []).map((q) => [q.id, q]));
  const scaleOf = (id: string): ItemScale => {
    const q = local.get(id);
    return q ? scaleValues(SCALES[q.scaleId]) : itemScale(id);
  };
  const labelOf = (id: string) => local.get(id)?.label ?? itemLabel(id, input.locale);
  // Local questions join the built-in items: one Holm adjustment over every item of the evaluation.
  const counts = [...input.items, ...local.keys()].map((itemId) => {
    const scale = scaleOf(itemId);
    const rows = (g: Group) => input.answers[g].filter((a) => a.itemId === itemId);
    return {
      itemId,
      values: scale.values,
      before: countsByValue(scale.values, rows('before'), scale.reverse),
      after: countsByValue(scale.values, rows('after'), scale.reverse),
    };
  });
  const evaluated = evaluateItems(counts, { minGroupSize: input.minGroupSize, minN });
  const items = evaluated.map((e) => {
    const { min, max } = scaleOf(e.itemId);
    return { ...e, label: labelOf(e.itemId), min, max };
  });
  const rates = input.categories.map((category) => {
    const countBefore = input.observations.before.byCategory[category] ?? 0;
    const countAfter = input.observations.after.byCategory[category] ?? 0;
    return {
      category,
      label: isObservationCategory(category) ? CATEGORY_LABELS[category][input.locale] : category,
      countBefore,
      countAfter,
      ...compareRates(
        { count: countBefore, hours: input.observations.before.hours },
        { count: countAfter, hours: input.observations.after.hours },
      ),
    };
  });
  const { answers: _a, observations, items: _i, localItems: _l, categories: _c, ...rest } = input;
  return {
    ...rest,
    minN,
    items,
    headline: headline(items.map((i) => i.verdict.key)),
    hours: { before: observations.before.hours, after: observations.after.hours },
    rates,
  };
}
