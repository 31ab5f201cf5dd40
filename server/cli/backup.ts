import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../config.ts';

/** What a backup file holds, told by its first bytes: pg_dump's custom format, or PGlite's gzipped tar. */
export type BackupKind = 'postgres' | 'pglite';

export class BackupError extends Error {
  constructor(
    readonly code: 'kind_mismatch' | 'target_not_empty' | 'unknown_file' | 'tool_failed' | 'tool_missing',
    readonly detail = '',
  ) {
    super(code);
  }
}

/**
 * `borgerblik backup FILE`: the whole database into one file. PostgreSQL (DATABASE_URL) through
 * `pg_dump --format=custom`; PGlite through its own data-directory dump (`dumpDataDir`, a gzipped
 * tar), which needs the server stopped: PGlite's folder has one owner at a time.
 */
export async function backup(file: string, env: NodeJS.ProcessEnv): Promise<BackupKind> {
  const config = loadConfig(env);
  if (config.databaseUrl) {
    await run(tool('pg_dump', env), [
      '--format=custom',
      '--no-owner',
      `--file=${file}`,
      `--dbname=${config.databaseUrl}`,
    ]);
    return 'postgres';
  }
  const pglite = await (await loadPGlite()).create(config.dataDir);
  try {
    const dump = await pglite.dumpDataDir('gzip');
    await writeFile(file, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
  } finally {
    await pglite.close();
  }
  return 'pglite';
}

/**
 * `borgerblik restore FILE`: back into the configured database. PostgreSQL: `pg_restore --clean
 * --if-exists` into DATABASE_URL (an empty database, or one to be replaced). PGlite: into an empty
 * or absent BORGERBLIK_DATA_DIR, never over existing data.
 */
export async function restore(file: string, env: NodeJS.ProcessEnv): Promise<BackupKind> {
  const config = loadConfig(env);
  const kind = await backupKind(file);
  if ((kind === 'postgres') !== Boolean(config.databaseUrl)) throw new BackupError('kind_mismatch', kind);
  if (config.databaseUrl) {
    await run(tool('pg_restore', env), [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--exit-on-error',
      `--dbname=${config.databaseUrl}`,
      file,
    ]);
    return kind;
  }
  if (existsSync(config.dataDir) && readdirSync(config.dataDir).length > 0)
    throw new BackupError('target_not_empty', config.dataDir);
  const pglite = await (await loadPGlite()).create(config.dataDir, {
    loadDataDir: new Blob([await readFile(file)]),
  });
  await pglite.close();
  return kind;
}

async function backupKind(file: string): Promise<BackupKind> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(5);
    await handle.read(head, 0, 5, 0);
    if (head.toString('latin1') === 'PGDMP') return 'postgres';
    if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
    throw new BackupError('unknown_file');
  } finally {
    await handle.close();
  }
}

/** The PostgreSQL client tool: PG_BIN if set, else the newest /usr/lib/postgresql/N/bin, else PATH. */
function tool(name: string, env: NodeJS.ProcessEnv): string {
  if (env.PG_BIN) return join(env.PG_BIN, name);
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  for (const v of versions) if (existsSync(join(root, v, 'bin', name))) return join(root, v, 'bin', name);
  return name;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', () => fail(new BackupError('tool_missing', command)));
    child.on('close', (code) =>
      code === 0 ? done() : fail(new BackupError('tool_failed', stderr.trim().slice(0, 2000))),
    );
  });
}

/**
 * PGlite, loaded only by the commands that use it: a static import cost every `borgerblik` run
 * (`eventlog analyse` too) ~70 ms of CPU to compile a module it never called.
 */
async function loadPGlite() {
  return (await import('@electric-sql/pglite')).PGlite;
}
