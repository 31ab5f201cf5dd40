import type { Locale } from '../../shared/indicators/index.ts';

/** The follow-up "what was the reason?" choices of a smiley terminal. Keys are stored; labels are shown. */
export const SMILEY_REASONS = ['waiting_time', 'treatment', 'information', 'solution', 'other'] as const;
export type SmileyReason = (typeof SMILEY_REASONS)[number];

export const SMILEY_REASON_LABELS: Readonly<Record<SmileyReason, Readonly<Record<Locale, string>>>> = {
  waiting_time: { da: 'Ventetiden', nb: 'Ventetiden', en: 'The waiting time' },
  treatment: { da: 'Den måde, jeg blev mødt på', nb: 'Måten jeg ble møtt på', en: 'How I was treated' },
  information: { da: 'Informationen, jeg fik', nb: 'Informasjonen jeg fikk', en: 'The information I got' },
  solution: { da: 'Løsningen på min sag', nb: 'Løsningen på saken min', en: 'The outcome of my case' },
  other: { da: 'Andet', nb: 'Annet', en: 'Something else' },
};

/** The question shown on the terminal and its follow-up. */
export const SMILEY_TEXTS: Readonly<Record<Locale, { question: string; reason: string; skip: string }>> = {
  da: { question: 'Hvordan var dit besøg i dag?', reason: 'Hvad var årsagen?', skip: 'Spring over' },
  nb: { question: 'Hvordan var besøket ditt i dag?', reason: 'Hva var årsaken?', skip: 'Hopp over' },
  en: { question: 'How was your visit today?', reason: 'What was the reason?', skip: 'Skip' },
};
