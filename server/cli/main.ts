import { once } from 'node:events';
import { EventLogParseError } from '../eventlog/parse/errors.ts';
import { parseAnalyseArgs } from './args.ts';
import { backupCommand, backupUsage } from './backup-command.ts';
import { parseErrorText, usageErrorText } from './error-text.ts';
import { analyseFile } from './eventlog-analyse.ts';
import { formatText } from './format.ts';
import { cliText } from './i18n.ts';
import { jsonPieces } from './json-writer.ts';
import { extractLangOption, resolveLang } from './lang.ts';

/** Where the CLI writes, and the environment it reads the language from; replaceable in tests. */
export interface CliIo {
  /** Returns false when the text was queued rather than written (a full pipe): wait for `drained`. */
  out: (text: string) => unknown;
  drained?: () => Promise<unknown>;
  err: (text: string) => void;
  env?: NodeJS.ProcessEnv;
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  drained: () => once(process.stdout, 'drain'),
  err: (text) => process.stderr.write(text),
};

/**
 * Runs the `borgerblik` CLI and returns the exit code: 0 done, 1 the log could not be read,
 * 2 wrong usage. Commands: `eventlog analyse FILE [options]`, `backup FILE`, `restore FILE`. Texts are in the language of
 * `--lang da|nb|en`, else of LC_ALL / LC_MESSAGES / LANG, else Danish; `--json` is language-neutral.
 */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const { lang: langOption, rest: withoutLang } = extractLangOption(argv);
  const resolved = resolveLang(langOption, io.env ?? process.env);
  const text = cliText(resolved.lang);
  const usage = `${text.m.usage}\n${backupUsage(resolved.lang)}`;
  if (resolved.invalid !== undefined) {
    io.err(`${text.t(text.m.errLang, { value: resolved.invalid })}\n\n${usage}`);
    return 2;
  }
  const [group, command, ...rest] = withoutLang;
  if (group === 'backup' || group === 'restore') {
    const args = command === undefined ? rest : [command, ...rest];
    return backupCommand(group, args, resolved.lang, { ...io, env: io.env ?? process.env });
  }
  if (group !== 'eventlog' || command !== 'analyse') {
    io.err(usage);
    return 2;
  }
  let args: ReturnType<typeof parseAnalyseArgs>;
  try {
    args = parseAnalyseArgs(rest);
  } catch (error) {
    io.err(`${usageErrorText(error, text)}\n\n${usage}`);
    return 2;
  }
  try {
    const result = await analyseFile(args);
    if (args.json) {
      for (const piece of jsonPieces(result)) if (io.out(piece) === false) await io.drained?.();
    } else io.out(formatText(result, args.top, text));
    return 0;
  } catch (error) {
    if (error instanceof EventLogParseError) {
      io.err(`${args.file}: ${error.code}: ${parseErrorText(error, text)}\n`);
      return 1;
    }
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      io.err(`${args.file}: ${text.m.noSuchFile}\n`);
      return 1;
    }
    throw error;
  }
}
