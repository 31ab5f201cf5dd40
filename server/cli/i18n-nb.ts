import type { CliMessages } from './i18n.ts';

/** Norwegian (bokmål) texts of the CLI; terms as on the web app's event-log pages. */
export const cliNb: CliMessages = {
  usage: `Bruk: borgerblik eventlog analyse FIL [valg]

FIL er .xes, .xes.gz, .csv eller .csv.gz (avgjøres ut fra innholdet).

Valg:
  --by resource|group|ATTRIBUTT  aktøren for en hendelse (standard: resource)
  --json                         skriv hele rapporten som JSON (engelske nøkler, på alle språk)
  --top N                        rader per tabell i tekstutskriften (standard: 10)
  --min-variant-frequency N      utelat saker i forløp som forekommer færre enn N ganger (to gjennomløp)
  --grouped                      CSV-radene er gruppert etter sak (begrenset minne)
  --case KOL --activity KOL --timestamp KOL --resource KOL --group KOL
                                 navn på CSV-kolonnene (gjettes ut fra overskriften når de utelates)
  --lang da|nb|en                språk (standard: fra LC_ALL, LC_MESSAGES, LANG; ellers dansk)
`,
  errExactlyOneFile: 'Angi nøyaktig én FIL',
  errTop: '--top må være et positivt heltall',
  errMinVariantFrequency: '--min-variant-frequency må være et positivt heltall',
  errLang: '--lang må være da, nb eller en (ikke «{value}»)',
  errUnknownOption: 'Ukjent valg {option}',
  errOptionValue: 'Manglende eller ugyldig verdi for {option}',
  noSuchFile: 'filen finnes ikke',
  whereLine: 'linje {line}',
  whereColumn: 'kolonne {column}',
  whereByte: 'byte {byte}',
  parseError: {
    XML_MALFORMED: 'XML-filen er ikke gyldig: {reason}',
    XES_STRUCTURE: 'Filen følger ikke XES-strukturen',
    GZIP_TRUNCATED: 'Gzip-filen slutter for tidlig (avbrutt overføring?)',
    GZIP_CORRUPT: 'Gzip-data er skadet: {reason}',
    CSV_FIELD_COUNT: 'Raden har {actual} felt, men overskriften har {expected}',
    CSV_MISSING_COLUMN:
      'Kolonnen «{column}» ble ikke funnet i overskriften; angi kolonnene med --case, --activity, --timestamp',
    CSV_EMPTY: 'Filen er tom',
    CSV_UNCLOSED_QUOTE: 'Et anførselstegn lukkes aldri',
    CSV_CASE_NOT_CONTIGUOUS:
      'Saken «{caseId}» dukker opp igjen etter andre saker; filen er ikke gruppert etter sak',
    TIMESTAMP_INVALID: 'Tidspunktet «{value}» kan ikke leses',
    CASE_ID_MISSING: 'En sak mangler saks-id',
    UNKNOWN_FORMAT: 'Filformatet er ukjent',
  },
  heading: '{file} ({format}), aktører: {by}',
  byResource: 'medarbeidere (ressurser)',
  byGroup: 'enheter/grupper',
  cases: 'saker',
  events: 'hendelser',
  actors: 'aktører',
  activities: 'aktiviteter',
  pairs: 'direkte påfølgende par',
  handovers: 'overleveringer (til en annen aktør)',
  selfHandovers: 'selvoverleveringer',
  variants: 'ulike forløp',
  period: 'periode',
  caseDuration: 'sakens varighet, median / 90-persentil',
  eventsWithoutActor: 'hendelser uten aktør',
  excludedCases: 'saker filtrert bort',
  topHandovers: 'Største overleveringer',
  topSelfHandovers: 'Største selvoverleveringer',
  topVariants: 'Vanlige forløp (rekkefølger av aktører)',
  colFrom: 'Fra',
  colTo: 'Til',
  colCount: 'Antall',
  colShare: 'Andel av alle par',
  colWaitMedian: 'Median ventetid',
  colWaitP90: '90 % ventet høyst',
  colActor: 'Aktør',
  colCases: 'Saker',
  colCaseShare: 'Andel av saker',
  colDurationMedian: 'Median varighet',
  colActors: 'Aktører i rekkefølge',
  withoutActorNote:
    'Hendelser uten aktør ({by}): {count}. De er utelatt fra aktørtallene; aktørens hendelser før og etter dem regnes som direkte etter hverandre.',
  noActor: '(ingen aktør)',
  handoversPerCase: 'Overleveringer per sak: {list}',
  note: 'Merk: {code} ×{count} (første gang på linje {line})',
  durSeconds: '{s} sek.',
  durMinutes: '{m} min. {s} sek.',
  durHours: '{h} t. {m} min.',
  durDays: '{d} dager {h} t.',
};
