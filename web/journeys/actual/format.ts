import { actorLabel, type Journey } from '../../../shared/journey/index.ts';
import type { Formatters } from '../../i18n/format.ts';

type T = (key: 'eventlog.unit.min' | 'eventlog.unit.h' | 'eventlog.unit.d') => string;

/** A wait in ms as "3.5 d" through the locale formatter, with the event-log pages' unit words. */
export const waitText = (t: T, format: Formatters, ms: number | null) =>
  format.duration(ms, { min: t('eventlog.unit.min'), h: t('eventlog.unit.h'), d: t('eventlog.unit.d') });

/** A step's label: its number in the plan and its description (user data, never translated). */
export function stepLabel(journey: Journey, stepId: string): string {
  const i = journey.steps.findIndex((s) => s.id === stepId);
  const step = journey.steps[i];
  if (!step) return stepId;
  return `${i + 1}. ${step.description || step.id}`;
}

/** A share 0…1 as a whole percentage, or "–". */
export const percent = (format: Formatters, share: number | null) =>
  share === null ? '–' : format.percent(share, 0);

/** An actor of the plan by its planned name (user data); the id when the plan no longer has it. */
export function actorName(journey: Journey, actorId: string): string {
  const actor = journey.actors.find((a) => a.id === actorId);
  return actor ? actorLabel(actor).label : actorId;
}
