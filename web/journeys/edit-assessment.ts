import type { AssessmentKey, Journey } from '../../shared/journey/index.ts';

/** Adds or removes a step from an assessment answer, keeping the steps in journey order. */
export function toggleAssessmentStep(journey: Journey, key: AssessmentKey, stepId: string): Journey {
  const answer = journey.assessment[key] ?? { text: '', stepIds: [] };
  const has = answer.stepIds.includes(stepId);
  const chosen = new Set(has ? answer.stepIds.filter((id) => id !== stepId) : [...answer.stepIds, stepId]);
  const stepIds = journey.steps.map((s) => s.id).filter((id) => chosen.has(id));
  return { ...journey, assessment: { ...journey.assessment, [key]: { ...answer, stepIds } } };
}
