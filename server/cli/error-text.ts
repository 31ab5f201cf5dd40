import type { EventLogParseError } from '../eventlog/parse/errors.ts';
import { CliUsageError } from './args.ts';
import type { CliText } from './i18n.ts';

/**
 * The message of a parse error in the CLI's language, with its location (`linje 3, kolonne 7`).
 * The code is not part of it (main prints it beside, unchanged). When the error lacks a value its
 * template needs (e.g. a gzip failure without a reason), the original English message is kept,
 * since a half-filled translation would say less than it.
 */
export function parseErrorText(error: EventLogParseError, text: CliText): string {
  const { m, num } = text;
  const params = Object.fromEntries(
    Object.entries(error.params).map(([k, v]) => [k, typeof v === 'number' ? num(v) : v]),
  );
  const template = m.parseError[error.code];
  // Checked on the template, not the result: a value (an XML reason) may itself contain braces.
  const needed = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
  if (needed.some((key) => !(key in params))) return error.message;
  const message = text.t(template, params);
  const where = [
    error.line === undefined ? '' : text.t(m.whereLine, { line: num(error.line) }),
    error.column === undefined ? '' : text.t(m.whereColumn, { column: num(error.column) }),
    error.byte === undefined ? '' : text.t(m.whereByte, { byte: num(error.byte) }),
  ]
    .filter(Boolean)
    .join(', ');
  return where ? `${message} (${where})` : message;
}

/** The option a node:util parseArgs error names, e.g. `--by` from "Option '--by <value>' argument missing". */
function optionIn(message: string): string | null {
  const quoted = /'(-[^' ]+)/.exec(message);
  return quoted?.[1] ?? null;
}

/**
 * The text of a usage mistake in the CLI's language: our own {@link CliUsageError}s, and the two
 * parseArgs errors a user can cause (unknown option, missing or superfluous value). Anything else
 * keeps its original message.
 */
export function usageErrorText(error: unknown, text: CliText): string {
  if (error instanceof CliUsageError) return text.m[error.key];
  if (!(error instanceof Error)) return String(error);
  const code = 'code' in error ? error.code : undefined;
  const option = optionIn(error.message);
  if (option !== null && code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return text.t(text.m.errUnknownOption, { option });
  }
  if (option !== null && code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return text.t(text.m.errOptionValue, { option });
  }
  return error.message;
}
