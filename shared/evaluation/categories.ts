import type { LocalizedText } from '../indicators/types.ts';

/** Observation categories, in the order a phone shows them as buttons. */
export const OBSERVATION_CATEGORIES = [
  'arrival',
  'waiting',
  'desk',
  'self_service',
  'information',
  'accessibility',
  'conflict',
  'other',
] as const;
export type ObservationCategory = (typeof OBSERVATION_CATEGORIES)[number];

/** Labels shared by the staff app and the server-rendered report. */
export const CATEGORY_LABELS: Readonly<Record<ObservationCategory, LocalizedText>> = {
  arrival: { da: 'Ankomst og at finde vej', nb: 'Ankomst og å finne fram', en: 'Arrival and wayfinding' },
  waiting: { da: 'Venten og kø', nb: 'Venting og kø', en: 'Waiting and queue' },
  desk: { da: 'Skranken', nb: 'Skranken', en: 'Reception desk' },
  self_service: { da: 'Selvbetjening', nb: 'Selvbetjening', en: 'Self-service' },
  information: { da: 'Information og skilte', nb: 'Informasjon og skilt', en: 'Information and signs' },
  accessibility: { da: 'Tilgængelighed', nb: 'Tilgjengelighet', en: 'Accessibility' },
  conflict: { da: 'Konflikt', nb: 'Konflikt', en: 'Conflict' },
  other: { da: 'Andet', nb: 'Annet', en: 'Other' },
};

/** Interviewee roles; citizens are never named, employees are described by profession only. */
export const INTERVIEW_ROLES = ['citizen', 'relative', 'employee'] as const;
export type InterviewRole = (typeof INTERVIEW_ROLES)[number];

export const ROLE_LABELS: Readonly<Record<InterviewRole, LocalizedText>> = {
  citizen: { da: 'Borger', nb: 'Innbygger', en: 'Citizen' },
  relative: { da: 'Pårørende', nb: 'Pårørende', en: 'Relative' },
  employee: { da: 'Medarbejder', nb: 'Medarbeider', en: 'Employee' },
};

/** Type guard for a category read from storage or a form. */
export function isObservationCategory(value: string): value is ObservationCategory {
  return (OBSERVATION_CATEGORIES as readonly string[]).includes(value);
}
