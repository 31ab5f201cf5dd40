import type { Journey } from '../../../shared/journey/index.ts';
import type { Translate } from '../../i18n/translate.ts';

/** The step part of a `journeyId:stepId` reference, as the server accepts it (see server/improvement). */
const REF_STEP = /^[\w.-]{1,100}$/;

/** One choice in the pain-point picker: a pain point of a step, or the step itself when it has none. */
export interface PainChoice {
  /** Unique within the journey: `stepId` or `stepId#index`. */
  value: string;
  stepId: string;
  /** What the user reads: "3. Ringer til jobcentret – Seks ugers ventetid". */
  text: string;
  /** The pain point's own words, proposed as the card's label. */
  pain: string;
}

/** A step's name as the journey editor numbers it: position in the journey and its description. */
export function stepName(t: Translate, journey: Journey, stepId: string): string | null {
  const i = journey.steps.findIndex((s) => s.id === stepId);
  const step = journey.steps[i];
  if (!step) return null;
  return t('improvement.board.stepName', { n: i + 1, step: step.description || step.id });
}

/**
 * Every pain point of a journey, step by step, so one can be picked by name instead of typing ids.
 * Steps without pain points are offered too (the label is then written by hand); steps whose id
 * cannot be referenced are left out.
 */
export function painChoices(t: Translate, journey: Journey): PainChoice[] {
  return journey.steps.flatMap((step) => {
    if (!REF_STEP.test(step.id)) return [];
    const name = stepName(t, journey, step.id) ?? step.id;
    if (step.painPoints.length === 0) return [{ value: step.id, stepId: step.id, text: name, pain: '' }];
    return step.painPoints.map((pain, k) => ({
      value: `${step.id}#${k}`,
      stepId: step.id,
      text: `${name} – ${pain}`,
      pain,
    }));
  });
}

/** Splits a journey pain reference into its journey and step ids, or null if it is not one. */
export function parsePainRef(ref: string): { journeyId: string; stepId: string } | null {
  const [journeyId, stepId, ...rest] = ref.split(':');
  return journeyId && stepId && rest.length === 0 ? { journeyId, stepId } : null;
}
