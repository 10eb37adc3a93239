import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { GcTimeoutsError } from './errors.js';

/**
 * Writes a file the way `--out`, `--report` and `export --out` do, where a checkout may hold
 * planted symlinks: never through a symlink (a `plan.json` linked to `~/.bashrc` is refused, not
 * overwritten), and never into a directory outside the workspace that a path inside it leads to.
 * A path named outside the workspace is the user's explicit choice and is written.
 */
export async function writeWorkspaceFile(
  path: string,
  /** The text, or its parts in order (a large JSON plan is written as a stream of parts). */
  text: string | Iterable<string>,
  options: { root: string; cwd?: string },
): Promise<void> {
  const absolute = resolve(options.cwd ?? process.cwd(), path);
  const root = await realpath(options.root).catch(() => resolve(options.root));
  const named = isInside(absolute, resolve(options.root)) || isInside(absolute, root);
  const dir = await realpath(dirname(absolute)).catch(() => dirname(absolute));
  if (named && !isInside(dir, root))
    throw refusal(path, `its directory leads outside the workspace (to ${dir})`);
  let handle;
  try {
    // O_NOFOLLOW: a symlink in the last component fails with ELOOP instead of being followed.
    handle = await open(
      absolute,
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
      0o644,
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP')
      throw refusal(path, 'it is a symlink, and a symlink is never written through');
    throw refusal(path, code ?? 'unwritable');
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw refusal(path, 'it is not a regular file');
    if (typeof text === 'string') await handle.writeFile(text);
    else for (const part of text) await handle.write(part);
  } finally {
    await handle.close();
  }
}

function refusal(path: string, why: string): GcTimeoutsError {
  return new GcTimeoutsError('usage', `cannot write ${path}: ${why}`);
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
