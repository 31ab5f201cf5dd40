import { formatDurationMinutes, numberFormats } from '../../../shared/format/number.ts';
import type { Locale } from '../../../shared/indicators/index.ts';
import type { Journey } from '../../../shared/journey/index.ts';

type T = (key: 'actual.units.min' | 'actual.units.h' | 'actual.units.d') => string;

/** A wait in ms as "3.5 d", with the page's unit words. */
export const waitText = (t: T, locale: Locale, ms: number | null) =>
  ms === null
    ? '–'
    : formatDurationMinutes(locale, ms / 60_000, {
        min: t('actual.units.min'),
        h: t('actual.units.h'),
        d: t('actual.units.d'),
      });

/** A step's label: its number in the plan and its description (user data, never translated). */
export function stepLabel(journey: Journey, stepId: string): string {
  const i = journey.steps.findIndex((s) => s.id === stepId);
  const step = journey.steps[i];
  if (!step) return stepId;
  return `${i + 1}. ${step.description || step.id}`;
}

/** A share 0…1 as a whole percentage, or "–". */
export const percent = (locale: Locale, share: number | null) =>
  share === null ? '–' : numberFormats(locale).percent(share, 0);
