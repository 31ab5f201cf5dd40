import { interpolate } from '../../shared/i18n/locale.ts';
import { BackupError, backup, restore } from './backup.ts';
import type { CliLang } from './lang.ts';

const TEXT = {
  da: {
    usage: `       borgerblik backup FIL     hele databasen til én fil (PGlite: stop serveren først)
       borgerblik restore FIL    en sikkerhedskopi tilbage (i en tom PGlite-mappe eller DATABASE_URL)
`,
    backedUp: 'Sikkerhedskopi ({kind}) skrevet til {file}\n',
    restored: 'Sikkerhedskopi ({kind}) læst ind fra {file}. Start serveren: den migrerer ved start.\n',
    kind_mismatch:
      'Filen er en {detail}-kopi, men databasen er konfigureret til den anden slags (DATABASE_URL).',
    target_not_empty:
      'Datamappen {detail} er ikke tom. Gendan til en ny mappe (BORGERBLIK_DATA_DIR), eller flyt den væk.',
    unknown_file: 'Filen er ikke en Borgerblik-sikkerhedskopi (hverken pg_dump eller PGlite).',
    tool_failed: 'PostgreSQL-værktøjet fejlede: {detail}',
    tool_missing: '{detail} findes ikke. Installér PostgreSQL-klienten, eller sæt PG_BIN.',
  },
  nb: {
    usage: `       borgerblik backup FIL     hele databasen til én fil (PGlite: stopp serveren først)
       borgerblik restore FIL    en sikkerhetskopi tilbake (i en tom PGlite-mappe eller DATABASE_URL)
`,
    backedUp: 'Sikkerhetskopi ({kind}) skrevet til {file}\n',
    restored: 'Sikkerhetskopi ({kind}) lest inn fra {file}. Start serveren: den migrerer ved start.\n',
    kind_mismatch:
      'Filen er en {detail}-kopi, men databasen er konfigurert til den andre typen (DATABASE_URL).',
    target_not_empty:
      'Datamappen {detail} er ikke tom. Gjenopprett til en ny mappe (BORGERBLIK_DATA_DIR), eller flytt den.',
    unknown_file: 'Filen er ikke en Borgerblik-sikkerhetskopi (verken pg_dump eller PGlite).',
    tool_failed: 'PostgreSQL-verktøyet feilet: {detail}',
    tool_missing: '{detail} finnes ikke. Installer PostgreSQL-klienten, eller sett PG_BIN.',
  },
  en: {
    usage: `       borgerblik backup FILE    the whole database into one file (PGlite: stop the server first)
       borgerblik restore FILE   a backup back (into an empty PGlite folder or DATABASE_URL)
`,
    backedUp: 'Backup ({kind}) written to {file}\n',
    restored: 'Backup ({kind}) restored from {file}. Start the server: it migrates on start.\n',
    kind_mismatch:
      'The file is a {detail} backup, but the database is configured as the other kind (DATABASE_URL).',
    target_not_empty:
      'The data folder {detail} is not empty. Restore into a new folder (BORGERBLIK_DATA_DIR), or move it away.',
    unknown_file: 'The file is not a Borgerblik backup (neither pg_dump nor PGlite).',
    tool_failed: 'The PostgreSQL tool failed: {detail}',
    tool_missing: '{detail} was not found. Install the PostgreSQL client, or set PG_BIN.',
  },
} as const;

/** Usage lines of the backup commands, appended to the CLI's usage. */
export const backupUsage = (lang: CliLang): string => TEXT[lang].usage;

/** Runs `backup FILE` or `restore FILE`; returns the exit code (0 done, 1 failed, 2 usage). */
export async function backupCommand(
  command: 'backup' | 'restore',
  args: string[],
  lang: CliLang,
  io: { out: (t: string) => void; err: (t: string) => void; env: NodeJS.ProcessEnv },
): Promise<number> {
  const t = TEXT[lang];
  const [file, ...extra] = args;
  if (!file || extra.length > 0) {
    io.err(t.usage);
    return 2;
  }
  try {
    const kind = command === 'backup' ? await backup(file, io.env) : await restore(file, io.env);
    io.out(interpolate(command === 'backup' ? t.backedUp : t.restored, { kind, file }));
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      io.err(`${interpolate(t[error.code], { detail: error.detail })}\n`);
      return 1;
    }
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      io.err(`${file}: ENOENT\n`);
      return 1;
    }
    throw error;
  }
}
