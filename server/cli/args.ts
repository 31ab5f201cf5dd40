import { parseArgs } from 'node:util';

/** Parsed options of `eventlog analyse`. */
export interface AnalyseArgs {
  file: string;
  by: string;
  json: boolean;
  top: number;
  minVariantFrequency: number;
  groupedByCase: boolean;
  columns: { caseId?: string; activity?: string; timestamp?: string; resource?: string; group?: string };
}

/** Usage text of the CLI. */
export const USAGE = `Usage: borgerblik eventlog analyse FILE [options]

FILE is .xes, .xes.gz, .csv or .csv.gz (decided by content).

Options:
  --by resource|group|ATTRIBUTE  actor of an event (default: resource)
  --json                         print the full report as JSON
  --top N                        rows per table in text output (default: 10)
  --min-variant-frequency N      drop cases of variants seen fewer than N times (two passes)
  --grouped                      CSV rows are grouped by case (bounded memory)
  --case COL --activity COL --timestamp COL --resource COL --group COL
                                 CSV column names (guessed from the header when left out)
`;

/** Parses `eventlog analyse` arguments; throws an Error with a usage hint when invalid. */
export function parseAnalyseArgs(argv: string[]): AnalyseArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      by: { type: 'string', default: 'resource' },
      json: { type: 'boolean', default: false },
      top: { type: 'string', default: '10' },
      'min-variant-frequency': { type: 'string', default: '1' },
      grouped: { type: 'boolean', default: false },
      case: { type: 'string' },
      activity: { type: 'string' },
      timestamp: { type: 'string' },
      resource: { type: 'string' },
      group: { type: 'string' },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new Error('Give exactly one FILE');
  const top = Number(values.top);
  const minVariantFrequency = Number(values['min-variant-frequency']);
  if (!Number.isInteger(top) || top < 1) throw new Error('--top must be a positive integer');
  if (!Number.isInteger(minVariantFrequency) || minVariantFrequency < 1) {
    throw new Error('--min-variant-frequency must be a positive integer');
  }
  return {
    file,
    by: values.by ?? 'resource',
    json: values.json ?? false,
    top,
    minVariantFrequency,
    groupedByCase: values.grouped ?? false,
    columns: {
      caseId: values.case,
      activity: values.activity,
      timestamp: values.timestamp,
      resource: values.resource,
      group: values.group,
    },
  };
}
