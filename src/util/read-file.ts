import { constants } from 'node:fs';
import { open, realpath, type FileHandle } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Why a file was not read; each reads as the end of "cannot read manifest PATH: ...". */
export type ReadRefusal =
  | { kind: 'missing'; message: string }
  | { kind: 'refused'; message: string }
  | { kind: 'too-large'; message: string; bytes: number | undefined };

export type ReadResult = { ok: true; bytes: Buffer } | ({ ok: false } & ReadRefusal);

export interface ReadOptions {
  /** The workspace: a symlink may not lead out of it (GITHUB_WORKSPACE, or the CLI's cwd). */
  root: string;
  /** Largest size read; a file that grows past it while being read is refused at the limit. */
  limit: number;
  /** Where a relative path is resolved from (default: the process's cwd). */
  cwd?: string;
  /**
   * What a symlink may lead to, by extension (`.yaml`): a manifest linked to a `.env` or a key is
   * refused before a byte of it is read, so no message can quote it.
   */
  linkTargets?: readonly string[];
}

/** Kernel and device filesystems: their files claim size 0 and hold secrets or endless bytes. */
const SPECIAL_ROOTS = ['/proc', '/sys', '/dev'];

/** The workspace a file must stay in: the Action's checkout, or the directory the CLI runs in. */
export function workspaceRoot(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const workspace = env['GITHUB_WORKSPACE']?.trim();
  return workspace !== undefined && workspace !== '' ? workspace : cwd;
}

/**
 * Reads a file that a pull request may have planted: only a regular file, never through a symlink
 * that leaves the workspace, never from /proc, /sys or /dev, and never more than `limit` bytes
 * even when its size says 0. A path named outside the workspace is the caller's explicit choice
 * and is read, under the same rules.
 */
export async function readWorkspaceFile(path: string, options: ReadOptions): Promise<ReadResult> {
  const absolute = resolve(options.cwd ?? process.cwd(), path);
  let real: string;
  try {
    real = await realpath(absolute);
  } catch (error) {
    return errnoRefusal(error);
  }
  const root = await realpath(options.root).catch(() => resolve(options.root));
  const named = isInside(absolute, resolve(options.root)) || isInside(absolute, root);
  if (named && !isInside(real, root))
    return refuse(`it is a symlink that leads outside the workspace (to ${real})`);
  if (SPECIAL_ROOTS.some((special) => isInside(real, special)))
    return refuse(`${real} is a system file, not a manifest in the repository`);
  if (real !== absolute && !leadsTo(real, options.linkTargets))
    return refuse(
      `it is a symlink to ${real}, which is not a ${(options.linkTargets ?? []).join(' or ')} file`,
    );
  return readRegular(real, options.limit);
}

async function readRegular(real: string, limit: number): Promise<ReadResult> {
  let handle;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; O_NOFOLLOW: no swap after realpath.
    handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    return errnoRefusal(error);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return refuse('it is a directory');
    if (!stat.isFile()) return refuse(`it is ${kindOf(stat)}, not a regular file`);
    if (stat.size > limit) return { ok: false, kind: 'too-large', message: '', bytes: stat.size };
    return await readBounded(handle, limit);
  } catch (error) {
    return errnoRefusal(error);
  } finally {
    await handle.close();
  }
}

/**
 * Reads at most `limit` + 1 bytes whatever the file claims: /proc files and devices say size 0,
 * so the limit holds while reading, not only against stat.
 */
export async function readBounded(handle: FileHandle, limit: number): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.alloc(Math.min(64 * 1024, limit + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    total += bytesRead;
    chunks.push(chunk.subarray(0, bytesRead));
    if (total > limit) return { ok: false, kind: 'too-large', message: '', bytes: undefined };
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

function kindOf(stat: {
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'a special file';
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

function leadsTo(real: string, extensions: readonly string[] | undefined): boolean {
  return extensions === undefined || extensions.some((ext) => real.toLowerCase().endsWith(ext));
}

function refuse(message: string): ReadResult {
  return { ok: false, kind: 'refused', message };
}

function errnoRefusal(error: unknown): ReadResult {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { ok: false, kind: 'missing', message: 'no such file' };
  if (code === 'ELOOP') return refuse('it is a symlink loop');
  if (code === 'EISDIR') return refuse('it is a directory');
  if (code === 'EACCES' || code === 'EPERM') return refuse('permission denied');
  return refuse(code ?? 'unreadable');
}
