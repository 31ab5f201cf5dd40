/**
 * Planned vs actual: an event log mapped onto a journey version, checked for conformance by token
 * replay, with waits per handover, deviating variants, the performance spectrum, the dotted chart,
 * and experience beside the wait. Pure (runs on the server, in the bench and in the browser).
 */
export { actualJourney, type Deviation, deviationOf } from './actual.ts';
export { analyseTraces, TOP_PATTERNS } from './analyse.ts';
export {
  DEFAULT_JOINT_ALERT,
  evaluateJointAlert,
  type JointAlert,
  type JointAlertRule,
  type JointInput,
  type JointRank,
  type PeriodFigures,
  POOR_SHARE,
  rankJoint,
} from './joint.ts';
export { fitnessOf, type ReplayCounts, replayCase } from './replay.ts';
export { nameSimilarity, normaliseName } from './similarity.ts';
export {
  DOTTED_CASE_LIMIT,
  type DottedChart,
  dottedChart,
  performanceSpectrum,
  SPECTRUM_CASE_LIMIT,
  type Spectrum,
  type SpectrumSegment,
  sampleStride,
} from './spectrum.ts';
export { type MatchCandidate, SUGGEST_THRESHOLD, type Suggestion, suggestMatches } from './suggest.ts';
export { type MappedTraces, TraceCollector } from './traces.ts';
export type * from './types.ts';
export { monthLabel } from './waits.ts';
