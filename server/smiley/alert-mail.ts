import type { Locale } from '../../shared/indicators/index.ts';

/** The words of the alert e-mail, in the municipality's language (Danish or Norwegian; English for tests). */
const TEXTS: Record<Locale, { subject: string; body: string }> = {
  da: {
    subject: 'Smiley-alarm: {unit}',
    body: [
      'Smiley-alarmen for {unit} er udløst.',
      '',
      '{unhappy} af {presses} tryk var utilfredse inden for de seneste {window} minutter',
      '(reglen: mindst {share} % utilfredse blandt mindst {min} tryk).',
      '',
      'Se enhedens side i Borgerblik. Du får højst én e-mail pr. {window} minutter for denne enhed.',
    ].join('\n'),
  },
  nb: {
    subject: 'Smiley-alarm: {unit}',
    body: [
      'Smiley-alarmen for {unit} er utløst.',
      '',
      '{unhappy} av {presses} trykk var misfornøyde i løpet av de siste {window} minuttene',
      '(regelen: minst {share} % misfornøyde blant minst {min} trykk).',
      '',
      'Se enhetens side i Borgerblik. Du får høyst én e-post per {window} minutter for denne enheten.',
    ].join('\n'),
  },
  en: {
    subject: 'Smiley alert: {unit}',
    body: [
      'The smiley alert for {unit} has fired.',
      '',
      '{unhappy} of {presses} presses were unhappy within the last {window} minutes',
      '(the rule: at least {share} % unhappy among at least {min} presses).',
      '',
      "See the unit's page in Borgerblik. You get at most one e-mail per {window} minutes for this unit.",
    ].join('\n'),
  },
};

const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => String(params[k] ?? m));

/** Subject and plain-text body of a fired smiley alert. */
export function alertMail(
  locale: Locale,
  a: {
    unit: string;
    presses: number;
    unhappy: number;
    windowMinutes: number;
    minPresses: number;
    share: number;
  },
) {
  const params = {
    unit: a.unit,
    presses: a.presses,
    unhappy: a.unhappy,
    window: a.windowMinutes,
    min: a.minPresses,
    share: Math.round(a.share * 100),
  };
  return { subject: fill(TEXTS[locale].subject, params), text: fill(TEXTS[locale].body, params) };
}
