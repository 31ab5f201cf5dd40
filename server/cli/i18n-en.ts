import type { CliMessages } from './i18n.ts';

/** English texts of the CLI (the wording it had before it spoke Danish and Norwegian). */
export const cliEn: CliMessages = {
  usage: `Usage: borgerblik eventlog analyse FILE [options]

FILE is .xes, .xes.gz, .csv or .csv.gz (decided by content).

Options:
  --by resource|group|ATTRIBUTE  actor of an event (default: resource)
  --json                         print the full report as JSON (English keys, in every language)
  --top N                        rows per table in text output (default: 10)
  --min-variant-frequency N      drop cases of variants seen fewer than N times (two passes)
  --grouped                      CSV rows are grouped by case (bounded memory)
  --case COL --activity COL --timestamp COL --resource COL --group COL
                                 CSV column names (guessed from the header when left out)
  --lang da|nb|en                language (default: from LC_ALL, LC_MESSAGES, LANG; else Danish)
`,
  errExactlyOneFile: 'Give exactly one FILE',
  errTop: '--top must be a positive integer',
  errMinVariantFrequency: '--min-variant-frequency must be a positive integer',
  errLang: '--lang must be da, nb or en (not "{value}")',
  errUnknownOption: 'Unknown option {option}',
  errOptionValue: 'Missing or invalid value for {option}',
  noSuchFile: 'no such file',
  whereLine: 'line {line}',
  whereColumn: 'column {column}',
  whereByte: 'byte {byte}',
  parseError: {
    XML_MALFORMED: 'The XML is not valid: {reason}',
    XES_STRUCTURE: 'The file does not follow the XES structure',
    GZIP_TRUNCATED: 'The gzip file ends too early (interrupted transfer?)',
    GZIP_CORRUPT: 'The gzip data is corrupt: {reason}',
    CSV_FIELD_COUNT: 'The row has {actual} fields, but the header has {expected}',
    CSV_MISSING_COLUMN:
      'Column "{column}" was not found in the header; name the columns with --case, --activity, --timestamp',
    CSV_EMPTY: 'The file is empty',
    CSV_UNCLOSED_QUOTE: 'A quote is never closed',
    CSV_CASE_NOT_CONTIGUOUS: 'Case "{caseId}" reappears after other cases; the file is not grouped by case',
    TIMESTAMP_INVALID: 'The timestamp "{value}" cannot be read',
    CASE_ID_MISSING: 'A case has no case id',
    UNKNOWN_FORMAT: 'Unknown file format',
  },
  heading: '{file} ({format}), actors by {by}',
  byResource: 'resource',
  byGroup: 'group',
  cases: 'cases',
  events: 'events',
  actors: 'actors',
  activities: 'activities',
  pairs: 'directly-following pairs',
  handovers: 'handovers (other actor)',
  selfHandovers: 'self-handovers',
  variants: 'variants',
  period: 'period',
  caseDuration: 'case duration median / p90',
  eventsWithoutActor: 'events without actor',
  excludedCases: 'excluded cases',
  topHandovers: 'Top handovers',
  topSelfHandovers: 'Top self-handovers',
  topVariants: 'Top variants (actor sequences)',
  colFrom: 'from',
  colTo: 'to',
  colCount: 'count',
  colShare: 'share',
  colWaitMedian: 'wait median',
  colWaitP90: 'wait p90',
  colActor: 'actor',
  colCases: 'cases',
  colCaseShare: 'share',
  colDurationMedian: 'duration median',
  colActors: 'actors',
  withoutActorNote:
    'Events without an actor ({by}): {count}. They are left out of the actor figures; the actor events before and after them count as directly following each other.',
  noActor: '(none)',
  handoversPerCase: 'Handovers per case: {list}',
  note: 'Note: {code} ×{count} (first at line {line})',
  durSeconds: '{s}s',
  durMinutes: '{m}m {s}s',
  durHours: '{h}h {m}m',
  durDays: '{d}d {h}h',
};
