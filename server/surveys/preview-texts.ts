import type { Locale } from '../../shared/indicators/index.ts';

/** Texts of the test-mode receipt (the staff preview's "thank you" page). */
const TEXTS: Record<Locale, { title: string; body: string; none: string; again: string; dk: string }> = {
  da: {
    title: 'Testsvar – ikke gemt',
    body: 'Dette var en test. Svaret er hverken gemt eller talt med i dashboard, eksport, opgørelser eller evalueringer. Sådan ville det være blevet registreret:',
    none: 'Ingen spørgsmål besvaret.',
    again: 'Prøv igen',
    dk: 'Ved ikke',
  },
  nb: {
    title: 'Testsvar – ikke lagret',
    body: 'Dette var en test. Svaret er verken lagret eller talt med i dashbord, eksport, oppsummeringer eller evalueringer. Slik ville det blitt registrert:',
    none: 'Ingen spørsmål besvart.',
    again: 'Prøv igjen',
    dk: 'Vet ikke',
  },
  en: {
    title: 'Test answer – not saved',
    body: 'This was a test. The answer is neither saved nor counted in the dashboard, exports, roll-ups or evaluations. This is how it would have been recorded:',
    none: 'No question answered.',
    again: 'Try again',
    dk: "Don't know",
  },
};

/** The test-mode texts in a locale. */
export const previewText = (locale: Locale) => TEXTS[locale];
