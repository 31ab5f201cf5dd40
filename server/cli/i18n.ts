import { interpolate } from '../../shared/i18n/locale.ts';
import type { EventLogParseErrorCode } from '../eventlog/parse/errors.ts';
import { cliDa } from './i18n-da.ts';
import { cliEn } from './i18n-en.ts';
import { cliNb } from './i18n-nb.ts';
import type { CliLang } from './lang.ts';

/**
 * Every human-readable text of the CLI. Each language object is typed with this interface, so a
 * missing or misspelt key is a type error. `{name}` placeholders are filled by {@link CliText.t}.
 * The Danish and Norwegian terms are those of the web app's event-log pages (web/eventlog/i18n),
 * so a figure has the same name in the terminal and in the browser.
 */
export interface CliMessages {
  usage: string;
  errExactlyOneFile: string;
  errTop: string;
  errMinVariantFrequency: string;
  errLang: string;
  errUnknownOption: string;
  errOptionValue: string;
  noSuchFile: string;
  whereLine: string;
  whereColumn: string;
  whereByte: string;
  parseError: Record<EventLogParseErrorCode, string>;
  heading: string;
  byResource: string;
  byGroup: string;
  cases: string;
  events: string;
  actors: string;
  activities: string;
  pairs: string;
  handovers: string;
  selfHandovers: string;
  variants: string;
  period: string;
  caseDuration: string;
  eventsWithoutActor: string;
  excludedCases: string;
  topHandovers: string;
  topSelfHandovers: string;
  topVariants: string;
  colFrom: string;
  colTo: string;
  colCount: string;
  colShare: string;
  colWaitMedian: string;
  colWaitP90: string;
  colActor: string;
  colCases: string;
  colCaseShare: string;
  colDurationMedian: string;
  colActors: string;
  noActor: string;
  withoutActorNote: string;
  handoversPerCase: string;
  note: string;
  durSeconds: string;
  durMinutes: string;
  durHours: string;
  durDays: string;
}

/** The dictionaries by language (exported for tests that compare them with the web's terms). */
export const cliMessages: Record<CliLang, CliMessages> = { da: cliDa, nb: cliNb, en: cliEn };

/** Messages and locale formatting for one language. */
export interface CliText {
  lang: CliLang;
  m: CliMessages;
  /** Fills `{name}` placeholders of a template; unknown ones stay visible. */
  t: (template: string, params?: Record<string, string | number>) => string;
  /** A number with the language's grouping and decimal marks (da: 7.143,5; en: 7,143.5). */
  num: (value: number) => string;
  /** A fraction 0..1 as a percentage with one decimal (da: 2,5 %; en: 2.5%). */
  pct: (fraction: number) => string;
}

/**
 * Builds the texts and formatters of a language. The Intl objects are built on first use: loading
 * the locale data costs ~90 ms of CPU, which `--json` (no formatted numbers) should not pay.
 */
export function cliText(lang: CliLang): CliText {
  let numberFormat: Intl.NumberFormat | undefined;
  let percentFormat: Intl.NumberFormat | undefined;
  return {
    lang,
    m: cliMessages[lang],
    t: interpolate,
    num: (value) => {
      numberFormat ??= new Intl.NumberFormat(lang);
      return numberFormat.format(value);
    },
    pct: (fraction) => {
      percentFormat ??= new Intl.NumberFormat(lang, {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      });
      return percentFormat.format(fraction);
    },
  };
}
