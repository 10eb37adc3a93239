import { selectEnvironment, type SelectedManifest } from '../manifest/environments.js';
import type { ValidManifest } from '../manifest/validate.js';

/**
 * The one place a use case chooses its environment: every request carries the file as validated
 * (all its environments) and the environment asked for, and the use case works on the single-org
 * manifest of that environment. Both faces get it for free; neither selects on its own.
 */
export interface EnvironmentRequest {
  /** The validated file, with every environment it declares. */
  valid: ValidManifest;
  /** `--env NAME` or the Action's environment input; undefined for a file without environments. */
  environment?: string | undefined;
}

/** The environment's single-org manifest; a usage error lists the names when none or a wrong one is given. */
export function selected(request: EnvironmentRequest): SelectedManifest {
  return selectEnvironment(request.valid, request.environment);
}

/**
 * The name of a run in reports, the sticky comment and the drift issue: the label given, or the
 * manifest path, with the environment beside it, so two environments of one file stay apart.
 */
export function labelOf(
  label: string | undefined,
  manifest: string,
  environment: string | undefined,
): string {
  if (label !== undefined) return label;
  return environment === undefined ? manifest : `${manifest} (${environment})`;
}
