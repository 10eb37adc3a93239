import type { Checkpoint } from '../manifest/checkpoint.js';
import {
  InvalidManifestError,
  validateManifestFile,
  validOf,
  type ValidationResult,
  type ValidManifest,
} from '../manifest/validate.js';
import { GcTimeoutsError } from '../util/errors.js';
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
