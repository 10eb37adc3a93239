import {
  InvalidManifestError,
  validateManifestFile,
  validOf,
  type ValidationResult,
  type ValidManifest,
} from '../manifest/validate.js';
import { workspaceRoot } from '../util/read-file.js';

/** A validation: every finding, and the manifest to go on with when there is no error. */
export interface Validation {
  path: string;
  result: ValidationResult;
  valid: ValidManifest | undefined;
}

/** Validates the manifest file offline (syntax, schema, semantics), as a file inside `root`. */
export async function validateManifest(
  path: string,
  root: string = workspaceRoot(),
): Promise<Validation> {
  const result = await validateManifestFile(path, root);
  return { path, result, valid: validOf(path, result) };
}

/** The manifest to go on with, or the one error that carries every finding. */
export function validOrThrow(validation: Validation): ValidManifest {
  if (validation.valid !== undefined) return validation.valid;
  throw new InvalidManifestError(validation.path, validation.result.diagnostics);
}
