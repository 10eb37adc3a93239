import { opendir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { readWorkspaceFile } from '../util/read-file.js';
import { parseArchyFlow, type ArchyCall } from './archy-flows.js';
import { compileGlob, Glob } from './glob.js';

/**
 * The Archy YAML flow files a manifest's `flows:` globs name, read offline (no credentials: fork
 * pull requests too) and safely: files only inside the workspace, never through a symlink, each at
 * most 1 MiB, a bounded number of files and directory entries. A file that does not read or parse
 * is one note; it never fails a plan or a validation.
 */

export const MAX_FLOW_FILES = 200;
export const MAX_FLOW_FILE_BYTES = 1024 * 1024;
/** Directory entries looked at, at most, across every glob. */
const MAX_ENTRIES = 20_000;
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

export interface RepoFlows {
  calls: ArchyCall[];
  /** Files read (and parsed) and the notes on the others. */
  files: string[];
  notes: string[];
}

export interface FlowFileOptions {
  /** The workspace: globs are matched against paths relative to it (GITHUB_WORKSPACE or cwd). */
  root: string;
  /** The directory globs are relative to (the manifest's); defaults to `root`. */
  baseDir?: string;
}

/** `*` crosses `/` in these globs; `**\/` also matches no directory at all, as people expect. */
function matcher(pattern: string): ((path: string) => boolean) | string {
  const globs = [pattern, pattern.replaceAll('**/', '')].map(compileGlob);
  const broken = globs.find((g) => !(g instanceof Glob));
  if (broken !== undefined && !(broken instanceof Glob)) return broken.message;
  return (path) => globs.some((g) => g instanceof Glob && g.matches(path));
}

export async function readRepoFlows(
  patterns: readonly string[],
  options: FlowFileOptions,
): Promise<RepoFlows> {
  const root = resolve(options.root);
  const base = resolve(root, options.baseDir ?? '.');
  const prefix = relative(root, base).split(sep).filter(Boolean).join('/');
  const notes: string[] = [];
  const tests: ((path: string) => boolean)[] = [];
  for (const pattern of patterns) {
    const m = matcher(prefix === '' ? pattern : `${prefix}/${pattern}`);
    if (typeof m === 'string') notes.push(`flows: glob ${JSON.stringify(pattern)} ignored: ${m}`);
    else tests.push(m);
  }
  const starts = patterns.map((p) => literalDir(prefix === '' ? p : `${prefix}/${p}`));
  const found = await listFiles(root, starts, (p) => tests.some((t) => t(p)), notes);
  const calls: ArchyCall[] = [];
  const files: string[] = [];
  for (const file of found) {
    const read = await readWorkspaceFile(file, { root, cwd: root, limit: MAX_FLOW_FILE_BYTES });
    if (!read.ok) {
      notes.push(`flow file ${file} not read: ${read.message}`);
      continue;
    }
    const parsed = parseArchyFlow(read.bytes.toString('utf8'), file);
    if (!parsed.ok) notes.push(`flow file ${file} not read: ${parsed.message}`);
    else {
      files.push(file);
      calls.push(...parsed.calls);
    }
  }
  return { calls, files, notes };
}

/** The directory a glob's literal start names (`flows/ivr/*.yaml` → `flows/ivr`), never `..`. */
function literalDir(pattern: string): string {
  const special = pattern.search(/[*?[{\\]/);
  const literal = special === -1 ? pattern : pattern.slice(0, special);
  const dir = literal.includes('/') ? literal.slice(0, literal.lastIndexOf('/')) : '';
  return dir.split('/').some((part) => part === '..' || part === '.') ? '' : dir;
}

/** Regular files under `root` whose workspace-relative path matches, sorted, bounded. */
async function listFiles(
  root: string,
  starts: readonly string[],
  wanted: (path: string) => boolean,
  notes: string[],
): Promise<string[]> {
  const out: string[] = [];
  // A start inside another is walked once, from the outer one.
  const queue = [...new Set(starts)].filter(
    (d, _, all) => !all.some((o) => o !== d && (o === '' || d.startsWith(`${o}/`))),
  );
  let entries = 0;
  while (queue.length > 0) {
    const dir = queue.shift() as string;
    let handle;
    try {
      handle = await opendir(join(root, dir));
    } catch {
      continue;
    }
    for await (const entry of handle) {
      if ((entries += 1) > MAX_ENTRIES) {
        notes.push(`flows: stopped looking after ${MAX_ENTRIES} directory entries`);
        return out.sort();
      }
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
      // Symlinks are neither followed nor read: they could lead out of the workspace.
      if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) queue.push(path);
      else if (entry.isFile() && wanted(path)) out.push(path);
      if (out.length > MAX_FLOW_FILES) {
        notes.push(`flows: only the first ${MAX_FLOW_FILES} matching files are read`);
        return out.sort().slice(0, MAX_FLOW_FILES);
      }
    }
  }
  return out.sort();
}
