import { kindName } from '../../../shared/lifecycle/kind-names.ts';
import type { RetentionKind } from '../../../shared/lifecycle/kinds.ts';
import type { Locale } from '../../db/types.ts';

const TEXT = {
  da: {
    subject: 'Borgerblik: data slettes om 14 dage ({municipality})',
    intro: 'Efter kommunens opbevaringsregler sletter Borgerblik disse data senest {date}:',
    rows: '{count} rækker',
    outro: 'Se og ændr perioderne, eller sæt data i bero (legal hold), under Data og sletning i Borgerblik.',
  },
  nb: {
    subject: 'Borgerblik: data slettes om 14 dager ({municipality})',
    intro: 'Etter kommunens oppbevaringsregler sletter Borgerblik disse dataene senest {date}:',
    rows: '{count} rader',
    outro:
      'Se og endre periodene, eller sett data på vent (legal hold), under Data og sletting i Borgerblik.',
  },
  en: {
    subject: 'Borgerblik: data will be deleted in 14 days ({municipality})',
    intro: "Under the municipality's retention rules Borgerblik deletes this data by {date}:",
    rows: '{count} rows',
    outro: 'See and change the periods, or put data on legal hold, under Data and deletion in Borgerblik.',
  },
} as const;

const fill = (s: string, v: Record<string, string>) => s.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? '');

/** The 14-day warning e-mail in the admin's language. */
export function warningMail(
  locale: Locale,
  municipality: string,
  kinds: readonly { kind: RetentionKind; rows: number }[],
  by: Date,
): { subject: string; text: string } {
  const t = TEXT[locale];
  const date = by.toLocaleDateString(locale === 'en' ? 'en-GB' : locale === 'nb' ? 'nb-NO' : 'da-DK', {
    timeZone: 'Europe/Copenhagen',
  });
  const lines = kinds.map((k) => `- ${kindName(locale, k.kind)}: ${fill(t.rows, { count: String(k.rows) })}`);
  return {
    subject: fill(t.subject, { municipality }),
    text: [fill(t.intro, { date }), '', ...lines, '', t.outro].join('\n'),
  };
}
