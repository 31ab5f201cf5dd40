/** The CLI's languages, Danish first (the product's default). */
export const CLI_LANGS = ['da', 'nb', 'en'] as const;
export type CliLang = (typeof CLI_LANGS)[number];

/** The environment variables that name the language, in POSIX precedence order. */
type LangEnv = Readonly<Partial<Record<'LC_ALL' | 'LC_MESSAGES' | 'LANG', string>>>;

/** Type guard for a supported CLI language code. */
export function isCliLang(value: unknown): value is CliLang {
  return typeof value === 'string' && (CLI_LANGS as readonly string[]).includes(value);
}

/**
 * The language of a POSIX locale name such as `da_DK.UTF-8`, `nb_NO`, `no`, `en_GB@euro`; null when
 * it is none of ours (`C`, `POSIX`, `de_DE`). Nynorsk and plain `no` get bokmål, the written standard
 * we ship (as the web app does).
 */
export function langOfLocale(locale: string): CliLang | null {
  const primary = locale
    .trim()
    .toLowerCase()
    .split(/[_.@-]/)[0];
  if (primary === 'da') return 'da';
  if (primary === 'nb' || primary === 'no' || primary === 'nn') return 'nb';
  if (primary === 'en') return 'en';
  return null;
}

/**
 * The language the environment asks for, else Danish. As in POSIX, the first of LC_ALL, LC_MESSAGES
 * and LANG that is set and non-empty decides; when it names another language (or `C`), the answer
 * is Danish rather than a lower-priority variable, since that one is overridden.
 */
export function langFromEnv(env: LangEnv): CliLang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v.trim() !== '');
  return (locale === undefined ? null : langOfLocale(locale)) ?? 'da';
}

/** Result of {@link resolveLang}: the language, and the rejected `--lang` value if there was one. */
export interface ResolvedLang {
  lang: CliLang;
  invalid?: string;
}

/**
 * `--lang` when given and valid, otherwise the environment's language. An invalid `--lang` value is
 * returned as `invalid` so the caller can report it (in the environment's language).
 */
export function resolveLang(option: string | undefined, env: LangEnv): ResolvedLang {
  if (option === undefined) return { lang: langFromEnv(env) };
  if (isCliLang(option)) return { lang: option };
  return { lang: langFromEnv(env), invalid: option };
}

/**
 * Takes `--lang X` / `--lang=X` out of the arguments, wherever it stands (also before the command),
 * so the language is known before anything else is parsed. The last occurrence wins; a trailing
 * `--lang` without a value yields the empty string (invalid).
 */
export function extractLangOption(argv: readonly string[]): { lang: string | undefined; rest: string[] } {
  let lang: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--lang') {
      lang = argv[i + 1] ?? '';
      i++;
    } else if (arg.startsWith('--lang=')) {
      lang = arg.slice('--lang='.length);
    } else {
      rest.push(arg);
    }
  }
  return { lang, rest };
}
