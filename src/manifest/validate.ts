import { open } from 'node:fs/promises';
import { GcTimeoutsError } from '../errors.js';
import { plural } from '../util/plural.js';
import { MAX_MANIFEST_BYTES, oversize, parseManifestText } from './parse.js';
import { checkSchema } from './schema.js';
import { checkSemantics } from './semantics.js';
import type { ManifestSource } from './source.js';
import type { Diagnostic, Manifest } from './types.js';

export interface ValidationResult {
  /** Present only when there is no error (warnings allowed). */
  manifest?: Manifest;
  source?: ManifestSource;
  diagnostics: Diagnostic[];
}

/** A manifest that passed layers 1-3: what planning takes, so nothing validates it twice. */
export interface ValidManifest {
  path: string;
  manifest: Manifest;
  source: ManifestSource;
  /** Warnings only. */
  diagnostics: Diagnostic[];
}

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
 * Layers 1-3 on manifest text. Each layer runs only when the one before it passed, because its
 * findings would be noise on a document the earlier layer already rejected.
 */
export function validateManifestText(text: string, file: string): ValidationResult {
  const parsed = parseManifestText(text, file);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics };
  const schemaErrors = checkSchema(parsed.data, parsed.source);
  if (schemaErrors.length > 0) return { diagnostics: schemaErrors, source: parsed.source };
  const manifest = parsed.data as Manifest;
  const diagnostics = checkSemantics(manifest, parsed.source);
  return hasErrors(diagnostics)
    ? { diagnostics, source: parsed.source }
    : { manifest, source: parsed.source, diagnostics };
}

/** Reads and validates a manifest file; an oversized file is refused before it is read. */
export async function validateManifestFile(path: string): Promise<ValidationResult> {
  const text = await readManifest(path);
  return typeof text === 'string' ? validateManifestText(text, path) : { diagnostics: [text] };
}

async function readManifest(path: string): Promise<string | Diagnostic> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : (code ?? 'unreadable');
    throw new GcTimeoutsError('invalid-manifest', `cannot read manifest ${path}: ${why}`);
  }
  try {
    const { size } = await handle.stat();
    if (size > MAX_MANIFEST_BYTES) return oversize(path, size);
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
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

/** Validates and returns the manifest, or throws InvalidManifestError with every finding. */
export async function requireValidManifest(path: string): Promise<ValidManifest> {
  const result = await validateManifestFile(path);
  const valid = validOf(path, result);
  if (valid === undefined) throw new InvalidManifestError(path, result.diagnostics);
  return valid;
}
