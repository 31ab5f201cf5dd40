import { EventLogParseError } from '../eventlog/parse/errors.ts';
import { parseAnalyseArgs, USAGE } from './args.ts';
import { analyseFile } from './eventlog-analyse.ts';
import { formatText } from './format.ts';

/** Where the CLI writes; replaceable in tests. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/**
 * Runs the `borgerblik` CLI and returns the exit code: 0 done, 1 the log could not be read,
 * 2 wrong usage. Commands: `eventlog analyse FILE [options]`.
 */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [group, command, ...rest] = argv;
  if (group !== 'eventlog' || command !== 'analyse') {
    io.err(USAGE);
    return 2;
  }
  let args: ReturnType<typeof parseAnalyseArgs>;
  try {
    args = parseAnalyseArgs(rest);
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  try {
    const result = await analyseFile(args);
    io.out(args.json ? `${JSON.stringify(result, null, 2)}\n` : formatText(result, args.top));
    return 0;
  } catch (error) {
    if (error instanceof EventLogParseError) {
      io.err(`${args.file}: ${error.code}: ${error.message}\n`);
      return 1;
    }
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      io.err(`${args.file}: no such file\n`);
      return 1;
    }
    throw error;
  }
}
