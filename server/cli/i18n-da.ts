import type { CliMessages } from './i18n.ts';

/** Danish texts of the CLI (the default language); terms as on the web app's event-log pages. */
export const cliDa: CliMessages = {
  usage: `Brug: borgerblik eventlog analyse FIL [tilvalg]

FIL er .xes, .xes.gz, .csv eller .csv.gz (afgøres ud fra indholdet).

Tilvalg:
  --by resource|group|ATTRIBUT   aktøren for en hændelse (standard: resource)
  --json                         skriv hele rapporten som JSON (engelske nøgler, på alle sprog)
  --top N                        rækker pr. tabel i tekstudskriften (standard: 10)
  --min-variant-frequency N      udelad sager i forløb, der ses færre end N gange (to gennemløb)
  --grouped                      CSV-rækkerne er grupperet efter sag (begrænset hukommelse)
  --case KOL --activity KOL --timestamp KOL --resource KOL --group KOL
                                 CSV-kolonnernes navne (gættes ud fra overskriften, hvis de udelades)
  --lang da|nb|en                sprog (standard: fra LC_ALL, LC_MESSAGES, LANG; ellers dansk)
`,
  errExactlyOneFile: 'Angiv præcis én FIL',
  errTop: '--top skal være et positivt heltal',
  errMinVariantFrequency: '--min-variant-frequency skal være et positivt heltal',
  errLang: '--lang skal være da, nb eller en (ikke "{value}")',
  errUnknownOption: 'Ukendt tilvalg {option}',
  errOptionValue: 'Manglende eller ugyldig værdi for {option}',
  noSuchFile: 'filen findes ikke',
  whereLine: 'linje {line}',
  whereColumn: 'kolonne {column}',
  whereByte: 'byte {byte}',
  parseError: {
    XML_MALFORMED: 'XML-filen er ikke gyldig: {reason}',
    XES_STRUCTURE: 'Filen følger ikke XES-strukturen',
    GZIP_TRUNCATED: 'Gzip-filen slutter for tidligt (afbrudt overførsel?)',
    GZIP_CORRUPT: 'Gzip-data er beskadigede: {reason}',
    CSV_FIELD_COUNT: 'Rækken har {actual} felter, men overskriften har {expected}',
    CSV_MISSING_COLUMN:
      'Kolonnen "{column}" blev ikke fundet i overskriften; angiv kolonnerne med --case, --activity, --timestamp',
    CSV_EMPTY: 'Filen er tom',
    CSV_UNCLOSED_QUOTE: 'Et citationstegn lukkes aldrig',
    CSV_CASE_NOT_CONTIGUOUS:
      'Sagen "{caseId}" dukker op igen efter andre sager; filen er ikke grupperet efter sag',
    TIMESTAMP_INVALID: 'Tidspunktet "{value}" kan ikke læses',
    CASE_ID_MISSING: 'En sag mangler sags-id',
    UNKNOWN_FORMAT: 'Filformatet kendes ikke',
  },
  heading: '{file} ({format}), aktører: {by}',
  byResource: 'medarbejdere (ressourcer)',
  byGroup: 'enheder/grupper',
  cases: 'sager',
  events: 'hændelser',
  actors: 'aktører',
  activities: 'aktiviteter',
  pairs: 'direkte efterfølgende par',
  handovers: 'overdragelser (til en anden aktør)',
  selfHandovers: 'selvoverdragelser',
  variants: 'forskellige forløb',
  period: 'periode',
  caseDuration: 'sagens varighed, median / 90-percentil',
  eventsWithoutActor: 'hændelser uden aktør',
  excludedCases: 'sager filtreret fra',
  topHandovers: 'Største overdragelser',
  topSelfHandovers: 'Største selvoverdragelser',
  topVariants: 'Almindelige forløb (rækkefølger af aktører)',
  colFrom: 'Fra',
  colTo: 'Til',
  colCount: 'Antal',
  colShare: 'Andel af alle par',
  colWaitMedian: 'Median ventetid',
  colWaitP90: '90 % ventede højst',
  colActor: 'Aktør',
  colCases: 'Sager',
  colCaseShare: 'Andel af sager',
  colDurationMedian: 'Median varighed',
  colActors: 'Aktører i rækkefølge',
  withoutActorNote:
    'Hændelser uden aktør ({by}): {count}. De er udeladt af aktørtallene; aktørens hændelser før og efter dem regnes som direkte efter hinanden.',
  noActor: '(ingen aktør)',
  handoversPerCase: 'Overdragelser pr. sag: {list}',
  note: 'Bemærk: {code} ×{count} (første gang i linje {line})',
  durSeconds: '{s} sek.',
  durMinutes: '{m} min. {s} sek.',
  durHours: '{h} t. {m} min.',
  durDays: '{d} dage {h} t.',
};
