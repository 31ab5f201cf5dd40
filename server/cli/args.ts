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

/** A usage mistake found by this module; `key` names its text in the CLI dictionaries. */
export class CliUsageError extends Error {
  readonly key: 'errExactlyOneFile' | 'errTop' | 'errMinVariantFrequency';

  constructor(key: CliUsageError['key']) {
    super(key);
    this.name = 'CliUsageError';
    this.key = key;
  }
}

/**
 * Parses `eventlog analyse` arguments (without `--lang`, which main takes out first). Throws a
 * {@link CliUsageError}, or node:util's parseArgs error for an unknown option or a missing value.
 */
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
  if (!file || positionals.length > 1) throw new CliUsageError('errExactlyOneFile');
  const top = Number(values.top);
  const minVariantFrequency = Number(values['min-variant-frequency']);
  if (!Number.isInteger(top) || top < 1) throw new CliUsageError('errTop');
  if (!Number.isInteger(minVariantFrequency) || minVariantFrequency < 1) {
    throw new CliUsageError('errMinVariantFrequency');
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
