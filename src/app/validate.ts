import type { Checkpoint } from '../manifest/checkpoint.js';
import {
  InvalidManifestError,
  validateManifestFile,
  validOf,
  type ValidationResult,
  type ValidManifest,
} from '../manifest/validate.js';
import { GcTimeoutsError } from '../util/errors.js';
import { dirname, relative, resolve } from 'node:path';
import { readRepoFlows } from '../manifest/flow-files.js';
import type { ManifestEntry } from '../manifest/types.js';
import { callsOfEntry } from '../plan/repo-flows.js';
import type { RepoFlowCall } from '../plan/types.js';
import { workspaceRoot } from '../util/read-file.js';

/** A validation: every finding, and the manifest to go on with when there is no error. */
export interface Validation {
  path: string;
  result: ValidationResult;
  valid: ValidManifest | undefined;
}

export interface ValidationLimits {
  /** Epoch ms by which the run must be done (--deadline, deadline-minutes); none when absent. */
  deadline?: number | undefined;
  now?: (() => number) | undefined;
}

/**
 * Validates the manifest file offline (syntax, schema, semantics), as a file inside `root`. The
 * run's deadline bounds it too: past it, validation stops at its next safe point with a timeout.
 */
export async function validateManifest(
  path: string,
  root: string = workspaceRoot(),
  limits: ValidationLimits = {},
): Promise<Validation> {
  const result = await validateManifestFile(path, root, deadlineCheckpoint(path, limits));
  return { path, result, valid: validOf(path, result) };
}

/** A checkpoint that throws a `timeout` failure once the deadline has passed. */
export function deadlineCheckpoint(path: string, limits: ValidationLimits): Checkpoint {
  const { deadline, now = Date.now } = limits;
  if (deadline === undefined) return () => undefined;
  return () => {
    if (now() < deadline) return;
    throw new GcTimeoutsError(
      'timeout',
      `the run deadline passed before validation of ${path} finished; nothing was applied (raise it with --deadline or deadline-minutes)`,
    );
  };
}

/** The manifest to go on with, or the one error that carries every finding. */
export function validOrThrow(validation: Validation): ValidManifest {
  if (validation.valid !== undefined) return validation.valid;
  throw new InvalidManifestError(validation.path, validation.result.diagnostics);
}

/** The repository's flow files that call each manifest entry, read offline; notes on the others. */
export interface OfflineFlows {
  entries: { label: string; calls: RepoFlowCall[] }[];
  notes: string[];
}

/**
 * Offline (validate, a fork's pull request, a plan without credentials): which Call Data Actions
 * of the flow files the manifest's `flows:` globs name reach each entry, by name. Undefined when
 * the manifest names no flow files.
 */
export async function offlineFlows(
  valid: ValidManifest,
  root: string = workspaceRoot(),
  cwd: string = process.cwd(),
): Promise<OfflineFlows | undefined> {
  const globs = valid.manifest.flows;
  if (globs === undefined || globs.length === 0) return undefined;
  const baseDir = relative(resolve(root), dirname(resolve(cwd, valid.path))) || '.';
  const repo = await readRepoFlows(globs, { root, baseDir });
  const entries = valid.manifest.actions.map((entry, i) => ({
    label: entryLabel(entry, i),
    calls: callsOfEntry(entry, repo.calls),
  }));
  return { entries, notes: repo.notes };
}

function entryLabel(entry: ManifestEntry, index: number): string {
  if (entry.name !== undefined) return entry.name;
  const m = entry.match;
  if (m === undefined) return `actions[${index}]`;
  const parts = Object.entries(m).map(([key, value]) => `${key}: ${String(value)}`);
  return `actions[${index}] (match ${parts.join(', ')})`;
}
