import {
  type LocalMeasure,
  localItemId,
  measureKey,
  type SuccessCriterion,
} from '../../../shared/api/improvement/criteria.ts';
import { invalidField } from '../../http/app-error.ts';

interface Plan {
  design: 'before_after' | 'comparison';
  baselineStart: string | null;
  baselineEnd: string | null;
  testStart: string;
  testEnd: string;
  comparisonUnitIds: string[];
}

/**
 * Rules across fields: a before/after design needs a baseline period that ends before the test starts;
 * a comparison design needs at least one comparison unit. Periods must not run backwards.
 */
export function checkPlan(plan: Plan): void {
  if (plan.testEnd < plan.testStart) throw invalidField('testEnd', 'invalid');
  if (plan.design === 'before_after') {
    if (!plan.baselineStart) throw invalidField('baselineStart', 'required');
    if (!plan.baselineEnd) throw invalidField('baselineEnd', 'required');
    if (plan.baselineEnd < plan.baselineStart) throw invalidField('baselineEnd', 'invalid');
    if (plan.baselineEnd >= plan.testStart) throw invalidField('baselineEnd', 'invalid');
  } else if (plan.comparisonUnitIds.length === 0) {
    throw invalidField('comparisonUnitIds', 'required');
  }
}

/**
 * Each structured criterion must measure one of the initiative's measures (else the evaluation has no
 * figure to judge it by) and fall due on or after the test starts. Errors name the criterion's field.
 */
export function checkCriteria(
  criteria: readonly SuccessCriterion[],
  measures: {
    items: readonly string[];
    local?: readonly LocalMeasure[];
    categories: readonly string[];
    counts: readonly { label: string }[];
  },
  testStart: string,
): void {
  const known = new Set([
    ...measures.items.map((id) => `item:${id}`),
    ...(measures.local ?? []).map((m) => `local:${localItemId(m)}`),
    ...measures.categories.map((category) => `rate:${category}`),
    ...measures.counts.map((c) => `count:${c.label}`),
  ]);
  criteria.forEach((c, i) => {
    if (!known.has(measureKey(c.measure))) throw invalidField(`criteria[${i}].measure`, 'unknown_reference');
    if (c.by < testStart) throw invalidField(`criteria[${i}].by`, 'invalid');
  });
}
