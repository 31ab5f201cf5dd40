import type { Locale } from '../indicators/types.ts';

export type ScreeningKind = 'cpr' | 'fnr' | 'email' | 'phone';

/**
 * Replacement markers. They contain no digits and no "@", so screening a screened text finds nothing
 * new (idempotence). Kept here rather than in `shared/i18n/` because they are stored in the data, not
 * shown as UI chrome, and must never change once texts have been stored with them.
 */
export const SCREENING_MARKERS: Readonly<Record<Locale, Readonly<Record<ScreeningKind, string>>>> = {
  da: {
    cpr: '[CPR fjernet]',
    fnr: '[fødselsnummer fjernet]',
    email: '[e-mail fjernet]',
    phone: '[telefon fjernet]',
  },
  nb: {
    cpr: '[CPR-nummer fjernet]',
    fnr: '[fødselsnummer fjernet]',
    email: '[e-post fjernet]',
    phone: '[telefon fjernet]',
  },
  en: {
    cpr: '[CPR number removed]',
    fnr: '[national ID number removed]',
    email: '[e-mail removed]',
    phone: '[phone number removed]',
  },
};
