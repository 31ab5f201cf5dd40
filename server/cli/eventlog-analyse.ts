import { HandoverAnalysis } from '../../shared/eventlog/analyzer.ts';
import { frequentVariants, type HandoverReport } from '../../shared/eventlog/report.ts';
import type { CsvMapping } from '../eventlog/parse/csv-mapping.ts';
import { previewCsv } from '../eventlog/parse/csv-preview.ts';
import { openEventLogFile, readHead } from '../eventlog/parse/file-input.ts';
import type { ParseSummary } from '../eventlog/parse/stream.ts';
import type { AnalyseArgs } from './args.ts';

/** What `eventlog analyse` computes: the parse summary and the report. */
export interface AnalyseResult {
  file: string;
  format: 'xes' | 'csv';
  parse: ParseSummary;
  report: HandoverReport;
}

/**
 * Parses and analyses a log file. With a minimum variant frequency above 1 it reads the file
 * twice: once to count variants, once with the rare variants' cases left out of every figure.
 */
export async function analyseFile(args: AnalyseArgs): Promise<AnalyseResult> {
  const first = await runPass(args, undefined);
  if (args.minVariantFrequency <= 1) return first;
  return runPass(args, frequentVariants(first.report, args.minVariantFrequency));
}

async function runPass(args: AnalyseArgs, allowedVariants: Set<string> | undefined): Promise<AnalyseResult> {
  const log = await openEventLogFile(args.file, {
    mapping: await mappingFor(args),
    groupedByCase: args.groupedByCase,
  });
  const analysis = new HandoverAnalysis({
    by: args.by,
    filters: { allowedVariants, minVariantFrequency: args.minVariantFrequency },
  });
  for await (const batch of log.stream) analysis.addBatch(batch);
  return { file: args.file, format: log.format, parse: log.stream.summary, report: analysis.finish() };
}

/** A CSV mapping when any column was named; otherwise undefined (guessed from the header). */
async function mappingFor(args: AnalyseArgs): Promise<CsvMapping | undefined> {
  const c = args.columns;
  if (!c.caseId && !c.activity && !c.timestamp && !c.resource && !c.group) return undefined;
  const guess = previewCsv(await readHead(args.file)).suggestedMapping;
  return {
    caseId: c.caseId ?? guess.caseId ?? '',
    activity: c.activity ?? guess.activity ?? '',
    timestamp: c.timestamp ?? guess.timestamp ?? '',
    resource: c.resource ?? guess.resource,
    group: c.group ?? guess.group,
  };
}
