import type { RetentionKind } from './kinds.ts';

type Lang = 'da' | 'nb' | 'en';

/**
 * Names of the kinds of data in each language. Shared because the same words appear in the settings
 * screen, the warning e-mail and the compliance pack, and must not drift apart.
 */
const NAMES: Record<Lang, Record<RetentionKind, string>> = {
  da: {
    survey_responses: 'Besvarelser af spørgeskemaer (scorer)',
    survey_free_text: 'Fritekst i besvarelser',
    smiley_presses: 'Smileytryk',
    pulse_answers: 'Medarbejderpuls-svar',
    observations: 'Observationsnoter og -fotos',
    interviews: 'Interviews og citater',
    eventlog_raw: 'Hændelseslogs: rå attributter',
    eventlog: 'Hændelseslogs: hele loggen med analyse',
    complaints: 'Klager og konflikter',
    audit_log: 'Revisionslog',
    sessions: 'Udløbne sessioner',
  },
  nb: {
    survey_responses: 'Svar på spørreskjemaer (skårer)',
    survey_free_text: 'Fritekst i svar',
    smiley_presses: 'Smileytrykk',
    pulse_answers: 'Medarbeiderpuls-svar',
    observations: 'Observasjonsnotater og -bilder',
    interviews: 'Intervjuer og sitater',
    eventlog_raw: 'Hendelseslogger: rå attributter',
    eventlog: 'Hendelseslogger: hele loggen med analyse',
    complaints: 'Klager og konflikter',
    audit_log: 'Revisjonslogg',
    sessions: 'Utløpte økter',
  },
  en: {
    survey_responses: 'Survey responses (scores)',
    survey_free_text: 'Free text in responses',
    smiley_presses: 'Smiley presses',
    pulse_answers: 'Employee pulse answers',
    observations: 'Observation notes and photos',
    interviews: 'Interviews and quotes',
    eventlog_raw: 'Event logs: raw attributes',
    eventlog: 'Event logs: whole log with analysis',
    complaints: 'Complaints and conflicts',
    audit_log: 'Audit log',
    sessions: 'Expired sessions',
  },
};

/** The name of a kind of data in a language. */
export function kindName(lang: Lang, kind: RetentionKind): string {
  return NAMES[lang][kind];
}
