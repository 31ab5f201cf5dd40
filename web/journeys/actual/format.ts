import type { Journey } from '../../../shared/journey/index.ts';
import { formatDuration } from '../../eventlog/format.ts';

type T = (key: 'actual.units.min' | 'actual.units.h' | 'actual.units.d') => string;

/** A wait in ms as "3.5 d", with the page's unit words. */
export const waitText = (t: T, ms: number | null) =>
  formatDuration(ms, { min: t('actual.units.min'), h: t('actual.units.h'), d: t('actual.units.d') });

/** A step's label: its number in the plan and its description (user data, never translated). */
export function stepLabel(journey: Journey, stepId: string): string {
  const i = journey.steps.findIndex((s) => s.id === stepId);
  const step = journey.steps[i];
  if (!step) return stepId;
  return `${i + 1}. ${step.description || step.id}`;
}

/** A share 0…1 as a whole percentage, or "–". */
export const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)} %`);
