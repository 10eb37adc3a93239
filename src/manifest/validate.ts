import { GcTimeoutsError } from '../util/errors.js';
import { plural } from '../util/plural.js';
import { MAX_MANIFEST_BYTES, oversize, parseManifestText } from './parse.js';
import { checkSchema } from './schema.js';
import { checkSemantics } from './semantics.js';
import type { Rejected } from './report.js';
import { decodeManifest } from './decode.js';
import { readWorkspaceFile, workspaceRoot } from '../util/read-file.js';
import type { ManifestSource } from './source.js';
import { noCheckpoint, type Checkpoint } from './checkpoint.js';
import { selectEnvironment } from './environments.js';
import type { Diagnostic, Manifest, ManifestDocument } from './types.js';
import type { ValidManifest } from './valid.js';

export interface ValidationResult {
  /** Present only when there is no error (warnings allowed). */
  manifest?: Manifest;
  source?: ManifestSource;
  diagnostics: Diagnostic[];
}

/** A manifest that passed layers 1-3: what planning takes, so nothing validates it twice. */
export type { ValidManifest } from './valid.js';

/** The valid manifest of a validation, or undefined when it has errors. */
export function validOf(path: string, result: ValidationResult): ValidManifest | undefined {
  if (result.manifest === undefined || result.source === undefined) return undefined;
  return {
    path,
    manifest: result.manifest,
    source: result.source,
    diagnostics: result.diagnostics,
  };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/**
 * Layers 1-3 on manifest text. The schema and the semantics are independent, so both report: the
 * semantics look at the entries the schema accepted, and one run lists every problem to fix.
 * YAML errors stop the run, because nothing after them is known to be what the user wrote.
 */
export function validateManifestText(
  text: string,
  file: string,
  checkpoint: Checkpoint = noCheckpoint,
): ValidationResult {
  const parsed = parseManifestText(text, file, checkpoint);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics };
  const { data, source } = parsed;
  const schemaErrors = checkSchema(data, source, checkpoint);
  const document = data as ManifestDocument;
  if (schemaErrors.length === 0) {
    const manifest = data as Manifest;
    const diagnostics = checkSemantics(document, source, undefined, undefined, checkpoint);
    return hasErrors(diagnostics) ? { diagnostics, source } : { manifest, source, diagnostics };
  }
  const semantic = hasEntryList(data)
    ? checkSemantics(document, source, rejectedBy(schemaErrors), undefined, checkpoint)
    : [];
  const diagnostics = [...schemaErrors, ...semantic].sort(
    (a, b) => a.line - b.line || a.column - b.column,
  );
  return { diagnostics, source };
}

function hasEntryList(data: unknown): boolean {
  return (
    data !== null &&
    typeof data === 'object' &&
    Array.isArray((data as { actions?: unknown }).actions)
  );
}

/** The entries and the policy the schema found fault with, read off the findings' paths. */
function rejectedBy(schemaErrors: readonly Diagnostic[]): Rejected {
  const entries = new Set<number>();
  let policy = false;
  let environments = false;
  for (const { path } of schemaErrors) {
    if (
      path === 'environments' ||
      path.startsWith('environments.') ||
      path.startsWith('environments[')
    )
      environments = true;
    const entry = /^actions\[(\d+)\]/.exec(path);
    if (entry?.[1] !== undefined) entries.add(Number(entry[1]));
    if (path === 'policy' || path.startsWith('policy.') || path.startsWith('policy['))
      policy = true;
  }
  return { entries, policy, environments };
}

/** Reads and validates a manifest file, as a file inside `root` (see readWorkspaceFile). */
export async function validateManifestFile(
  path: string,
  root: string = workspaceRoot(),
  checkpoint: Checkpoint = noCheckpoint,
): Promise<ValidationResult> {
  const read = await readWorkspaceFile(path, {
    root,
    limit: MAX_MANIFEST_BYTES,
    linkTargets: ['.yaml', '.yml'],
  });
  if (!read.ok && read.kind === 'too-large') return { diagnostics: [oversize(path, read.bytes)] };
  if (!read.ok)
    throw new GcTimeoutsError('invalid-manifest', `cannot read manifest ${path}: ${read.message}`);
  const text = decodeManifest(read.bytes, path);
  checkpoint();
  return typeof text === 'string'
    ? validateManifestText(text, path, checkpoint)
    : { diagnostics: [text] };
}

/**
 * The one error of a manifest that failed validation, in every face; it carries every finding so
 * each face shows them its way (CLI lines, Action annotations and summary).
 */
export class InvalidManifestError extends GcTimeoutsError {
  constructor(
    readonly file: string,
    readonly diagnostics: Diagnostic[],
  ) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    super(
      'invalid-manifest',
      `${file} is invalid: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
    );
    this.name = 'InvalidManifestError';
  }
}

/**
 * Validates and returns the file with every environment it declares (select one with
 * selectEnvironment), or throws InvalidManifestError with every finding.
 */
export async function requireValidDocument(path: string): Promise<ValidManifest> {
  const result = await validateManifestFile(path);
  const valid = validOf(path, result);
  if (valid === undefined) throw new InvalidManifestError(path, result.diagnostics);
  return valid;
}

/** The valid manifest of a one-org file; a file with environments is refused until one is chosen. */
export async function requireValidManifest(path: string): Promise<ValidManifest> {
  return selectEnvironment(await requireValidDocument(path), undefined);
}
