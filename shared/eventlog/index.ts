/**
 * Pure event-log analysis (runs in the browser too). Typical use:
 *
 * ```ts
 * const analysis = new HandoverAnalysis({ by: 'resource' });
 * for await (const batch of parser) analysis.addBatch(batch);
 * const report = analysis.finish();
 * ```
 */

export { type AnalysisOptions, HandoverAnalysis } from './analyzer.ts';
export { analyseCase, type CaseAnalysis, type CaseHandover } from './case-analysis.ts';
export { type AnalysisFilters, variantKey } from './filters.ts';
export {
  type CourseEvent,
  caseCourse,
  courseToJourney,
  type JourneyTexts,
  variantCourse,
} from './journey.ts';
export { EXACT_LIMIT, exactQuantile, QuantileSummary, RELATIVE_ACCURACY } from './quantiles.ts';
export { frequentVariants } from './report.ts';
export type * from './report-types.ts';
export * from './types.ts';
