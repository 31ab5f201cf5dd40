import { describe, expect, it } from 'vitest';
import { localItemId, measureKey, type SuccessCriterion } from '../api/improvement/criteria.ts';
import { judgeGoals } from './goals.ts';
import { assembleReport, type ReportInput } from './report.ts';

const local = { surveyId: '0b8e5c1e-1111-4222-8333-944444444444', questionId: 'local.venlig' };
const id = localItemId(local);
// The counts of server/improvement/cycle.test.ts: SciPy's mannwhitneyu p = 0.018639840453144332.
const before = { 1: 3, 2: 5, 3: 8, 4: 6, 5: 3 };
const after = { 1: 1, 2: 2, 3: 6, 4: 10, 5: 8 };
const rows = (itemId: string, c: Record<number, number>) =>
  Object.entries(c).map(([value, count]) => ({ itemId, value: Number(value), count }));

const input: ReportInput = {
  locale: 'en',
  municipality: 'Kommune',
  minGroupSize: 5,
  generatedAt: '2026-03-01T00:00:00.000Z',
  initiative: {
    id: 'i',
    title: 'Venlig modtagelse',
    background: '',
    description: '',
    owner: '',
    design: 'before_after',
    baseline: { start: '2026-01-05', end: '2026-01-30' },
    test: { start: '2026-02-02', end: '2026-02-27' },
    successCriteria: '',
    criteria: [],
    recommendations: '',
    units: [],
    comparisonUnits: [],
    ideas: [],
    problems: [],
  },
  items: ['satisfaction.overall'],
  localItems: [{ id, label: 'The staff were friendly', scaleId: 'satisfaction5' }],
  answers: {
    before: [...rows('satisfaction.overall', before), ...rows(id, before)],
    after: [...rows('satisfaction.overall', after), ...rows(id, after)],
  },
  categories: [],
  observations: { before: { hours: 0, byCategory: {} }, after: { hours: 0, byCategory: {} } },
  counts: [],
  quotes: [],
};

describe("a survey's local question in the evaluation", () => {
  const report = assembleReport(input);
  const [builtin, mine] = report.items;

  it('is evaluated exactly as a built-in item on the same answers, in one Holm adjustment', () => {
    expect(mine?.label).toBe('The staff were friendly');
    const { itemId: _a, label: _b, ...figures } = builtin ?? ({} as never);
    const { itemId: _c, label: _d, ...localFigures } = mine ?? ({} as never);
    expect(localFigures).toEqual(figures);
    expect(mine?.p).toBeCloseTo(0.018639840453144332, 12);
    // Holm over two equal p values: both become 2p.
    expect(mine?.pAdjusted).toBeCloseTo(2 * 0.018639840453144332, 12);
    expect(mine?.verdict.key).toBe('improved');
  });

  it('judges a success criterion on it by its mean and names the question', () => {
    const criterion: SuccessCriterion = {
      measure: { kind: 'local', ...local },
      direction: 'up',
      target: { type: 'points', value: 0.5 },
      by: '2026-02-27',
    };
    const [judged] = judgeGoals(report, [criterion]);
    expect(judged).toMatchObject({ label: 'The staff were friendly', status: 'met', reason: null });
    expect(judged?.goal?.before).toBeCloseTo(3.04, 10);
    expect(measureKey(criterion.measure)).toBe(`local:${id}`);
  });
});
