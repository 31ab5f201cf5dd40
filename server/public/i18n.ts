import { interpolate, pluralCategory } from '../../shared/i18n/locale.ts';
import type { Locale } from '../../shared/indicators/index.ts';

const da = {
  skip: 'Gå til spørgsmålene',
  skipContent: 'Gå til indholdet',
  language: 'Sprog',
  a11yStatement: 'Tilgængelighedserklæring',
  a11yFeedback: 'Problemer med tilgængeligheden? Skriv til',
  progress: 'Trin {step} af {total}',
  intro: 'Dine svar er anonyme. Du kan springe spørgsmål over. Det tager et par minutter.',
  next: 'Næste',
  back: 'Tilbage',
  submit: 'Send svar',
  localHeading: 'Andre spørgsmål',
  errorsTitle_one: 'Der er {count} problem med dine svar',
  errorsTitle_other: 'Der er {count} problemer med dine svar',
  invalidValue: 'Vælg en af mulighederne.',
  unknownField: 'Formularen indeholdt et ukendt felt ({field}). Genindlæs siden.',
  tooLong: 'Teksten er for lang (højst {max} tegn).',
  required: 'Besvar venligst dette spørgsmål.',
  tooLarge: 'Besvarelsen er for stor. Kort de skrevne svar ned og prøv igen.',
  malformed: 'Besvarelsen kunne ikke læses. Genindlæs siden og prøv igen.',
  thanksTitle: 'Tak for dine svar',
  thanksBody: 'Dine svar er modtaget anonymt. De hjælper kommunen med at blive bedre.',
  alreadyTitle: 'Du har allerede svaret',
  alreadyBody: 'Tak – vi har modtaget dine svar fra denne browser.',
  notFoundTitle: 'Undersøgelsen findes ikke',
  notFoundBody: 'Tjek adressen, eller scan QR-koden igen.',
  channelTitle: 'Undersøgelsen kan ikke besvares her',
  channelBody:
    'Denne undersøgelse besvares på en anden måde, for eksempel på skærmen i receptionen eller via et andet link.',
  closedTitle: 'Undersøgelsen er lukket',
  closedBody: 'Det er ikke længere muligt at svare. Tak for din interesse.',
  limitedTitle: 'For mange forsøg',
  limitedBody: 'Vent et øjeblik, og prøv igen.',
  optional: '(valgfrit)',
  textHint: 'Skriv ikke navne, CPR-numre eller andre personoplysninger.',
  sheetScan: 'Scan koden, og fortæl os om din oplevelse',
  sheetOrVisit: 'Eller gå til',
  sheetAnonymous: 'Anonymt · 2–3 minutter',
};
type Texts = { [K in keyof typeof da]: string };

const nb: Texts = {
  skip: 'Gå til spørsmålene',
  skipContent: 'Gå til innholdet',
  language: 'Språk',
  a11yStatement: 'Tilgjengelighetserklæring',
  a11yFeedback: 'Problemer med tilgjengeligheten? Skriv til',
  progress: 'Steg {step} av {total}',
  intro: 'Svarene dine er anonyme. Du kan hoppe over spørsmål. Det tar et par minutter.',
  next: 'Neste',
  back: 'Tilbake',
  submit: 'Send svar',
  localHeading: 'Andre spørsmål',
  errorsTitle_one: 'Det er {count} problem med svarene dine',
  errorsTitle_other: 'Det er {count} problemer med svarene dine',
  invalidValue: 'Velg ett av alternativene.',
  unknownField: 'Skjemaet inneholdt et ukjent felt ({field}). Last inn siden på nytt.',
  tooLong: 'Teksten er for lang (høyst {max} tegn).',
  required: 'Vennligst svar på dette spørsmålet.',
  tooLarge: 'Besvarelsen er for stor. Kort ned de skrevne svarene og prøv igjen.',
  malformed: 'Besvarelsen kunne ikke leses. Last inn siden på nytt og prøv igjen.',
  thanksTitle: 'Takk for svarene dine',
  thanksBody: 'Svarene dine er mottatt anonymt. De hjelper kommunen med å bli bedre.',
  alreadyTitle: 'Du har allerede svart',
  alreadyBody: 'Takk – vi har mottatt svarene dine fra denne nettleseren.',
  notFoundTitle: 'Undersøkelsen finnes ikke',
  notFoundBody: 'Sjekk adressen, eller skann QR-koden på nytt.',
  channelTitle: 'Undersøkelsen kan ikke besvares her',
  channelBody:
    'Denne undersøkelsen besvares på en annen måte, for eksempel på skjermen i resepsjonen eller via en annen lenke.',
  closedTitle: 'Undersøkelsen er lukket',
  closedBody: 'Det er ikke lenger mulig å svare. Takk for interessen.',
  limitedTitle: 'For mange forsøk',
  limitedBody: 'Vent et øyeblikk, og prøv igjen.',
  optional: '(valgfritt)',
  textHint: 'Ikke skriv navn, fødselsnummer eller andre personopplysninger.',
  sheetScan: 'Skann koden og fortell oss om opplevelsen din',
  sheetOrVisit: 'Eller gå til',
  sheetAnonymous: 'Anonymt · 2–3 minutter',
};

const en: Texts = {
  skip: 'Skip to the questions',
  skipContent: 'Skip to the content',
  language: 'Language',
  a11yStatement: 'Accessibility statement',
  a11yFeedback: 'Problems with accessibility? Write to',
  progress: 'Step {step} of {total}',
  intro: 'Your answers are anonymous. You may skip questions. It takes a few minutes.',
  next: 'Next',
  back: 'Back',
  submit: 'Send answers',
  localHeading: 'Other questions',
  errorsTitle_one: 'There is {count} problem with your answers',
  errorsTitle_other: 'There are {count} problems with your answers',
  invalidValue: 'Choose one of the options.',
  unknownField: 'The form contained an unknown field ({field}). Reload the page.',
  tooLong: 'The text is too long (at most {max} characters).',
  required: 'Please answer this question.',
  tooLarge: 'The response is too large. Shorten the written answers and try again.',
  malformed: 'The response could not be read. Reload the page and try again.',
  thanksTitle: 'Thank you for your answers',
  thanksBody: 'Your answers were received anonymously. They help the municipality improve.',
  alreadyTitle: 'You have already answered',
  alreadyBody: 'Thank you – we have received your answers from this browser.',
  notFoundTitle: 'The survey does not exist',
  notFoundBody: 'Check the address, or scan the QR code again.',
  channelTitle: 'The survey cannot be answered here',
  channelBody:
    'This survey is answered in another way, for example on the screen at the reception desk or through another link.',
  closedTitle: 'The survey is closed',
  closedBody: 'It is no longer possible to answer. Thank you for your interest.',
  limitedTitle: 'Too many attempts',
  limitedBody: 'Wait a moment and try again.',
  optional: '(optional)',
  textHint: 'Do not write names, ID numbers or other personal data.',
  sheetScan: 'Scan the code and tell us about your experience',
  sheetOrVisit: 'Or go to',
  sheetAnonymous: 'Anonymous · 2–3 minutes',
};

type TextKey = keyof typeof da;
/** Texts with a count come as `x_one` / `x_other`; `pt('x', { count })` picks one by the plural rules. */
type PluralKey = TextKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;
export type PublicTextKey = Exclude<TextKey, `${PluralKey}_${'one' | 'other'}`> | PluralKey;
/** The page texts per interface locale: the source of the `page.*` translation keys. */
export const PAGE_TEXTS: Record<Locale, Texts> = { da, nb, en };

/** A public-page text in the respondent's language. */
export function pt(locale: Locale, key: PublicTextKey, params?: Record<string, string | number>): string {
  const texts = PAGE_TEXTS[locale];
  const template = Object.hasOwn(texts, key)
    ? texts[key as TextKey]
    : texts[`${key}_${pluralCategory(locale, Number(params?.count))}` as TextKey];
  return interpolate(template, params);
}
