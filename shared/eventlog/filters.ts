import type { CaseBuffer } from './case-buffer.ts';
import type { AttrValue } from './types.ts';

/**
 * Which cases enter the analysis.
 *
 * `minVariantFrequency` only trims the variant list of the report: whether a case's variant is
 * frequent is known only at the end of the log. To drop rare variants' cases from every figure,
 * run a first pass and hand `frequentVariants(firstReport, n)` to `allowedVariants`.
 */
export interface AnalysisFilters {
  /**
   * Time window in epoch ms (from inclusive, to exclusive). `started` (default): the case's first
   * event lies in it; `contained`: all its events do; `intersecting`: its span overlaps it.
   * Cases without any timestamp are excluded when a period is given.
   */
  period?: { from?: number; to?: number; mode?: 'started' | 'contained' | 'intersecting' };
  /** Case attribute → accepted values (compared as strings). A case must match every key. */
  caseAttributes?: Record<string, readonly AttrValue[]>;
  /** Variants seen fewer times are left out of the report's variant list. */
  minVariantFrequency?: number;
  /** When given, only cases whose actor-sequence key ({@link variantKey}) is in the set count. */
  allowedVariants?: ReadonlySet<string>;
}

/** The key of an actor sequence, as used by `allowedVariants`. */
export function variantKey(actors: readonly string[]): string {
  return actors.join('\u001f');
}

/** True when a case passes the period and case-attribute filters. */
export function caseMatches(buffer: CaseBuffer, filters: AnalysisFilters): boolean {
  const wanted = filters.caseAttributes;
  if (wanted) {
    for (const [key, values] of Object.entries(wanted)) {
      const value = buffer.attrs[key];
      if (value === undefined || !values.some((v) => String(v) === String(value))) return false;
    }
  }
  const period = filters.period;
  if (!period) return true;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const t of buffer.times) {
    if (t < first) first = t;
    if (t > last) last = t;
  }
  if (first === Number.POSITIVE_INFINITY) return false;
  const from = period.from ?? Number.NEGATIVE_INFINITY;
  const to = period.to ?? Number.POSITIVE_INFINITY;
  switch (period.mode ?? 'started') {
    case 'started':
      return first >= from && first < to;
    case 'contained':
      return first >= from && last < to;
    case 'intersecting':
      return last >= from && first < to;
  }
}
