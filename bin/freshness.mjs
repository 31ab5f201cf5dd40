// Whether the compiled build in dist/ is at least as new as the sources it was built from, by file
// modification times (a walk over a few hundred files: milliseconds). Used by `npm start` to skip the
// build and by the CLI to prefer the compiled code only when it is current.
import { statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The newest modification time under a file or folder; tests are skipped, they are not built. */
async function newest(target) {
  const stat = statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  const entries = await readdir(target, { withFileTypes: true });
  const times = await Promise.all(
    entries
      .filter((entry) => !entry.name.endsWith('.test.ts') && entry.name !== 'node_modules')
      .map((entry) => newest(path.join(target, entry.name))),
  );
  return Math.max(stat.mtimeMs, ...times);
}

/**
 * True when every output exists and the oldest of them is newer than every source (paths relative to the
 * repository root).
 */
export async function isFresh(outputs, sources) {
  const built = outputs.map(
    (file) => statSync(path.join(root, file), { throwIfNoEntry: false })?.mtimeMs ?? 0,
  );
  if (built.some((time) => time === 0)) return false;
  const changed = await Promise.all(sources.map((name) => newest(path.join(root, name))));
  return Math.min(...built) >= Math.max(...changed);
}
