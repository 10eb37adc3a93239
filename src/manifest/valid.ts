import type { ManifestSource } from './source.js';
import type { Diagnostic, Manifest } from './types.js';

/** A manifest that passed validation: what every layer above the manifest works from. */
export interface ValidManifest {
  path: string;
  manifest: Manifest;
  source: ManifestSource;
  /** Warnings only. */
  diagnostics: Diagnostic[];
}
