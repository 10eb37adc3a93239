/** The manifest as the schema describes it (v1). Field docs live in the schema and the README. */
export interface Manifest {
  version: 1;
  org?: { region?: string };
  policy?: Policy;
  actions: ManifestEntry[];
}

export type UnmanagedPolicy = 'ignore' | 'report' | 'fail';

export interface Policy {
  minTimeoutSeconds?: number;
  maxTimeoutSeconds?: number;
  maxChanges?: number;
  unmanaged?: UnmanagedPolicy;
}

export interface MatchSelector {
  name?: string;
  category?: string;
  integration?: string;
}

export interface ManifestEntry {
  id?: string;
  name?: string;
  integration?: string;
  category?: string;
  match?: MatchSelector;
  timeoutSeconds?: number | 'default';
  functionTimeoutSeconds?: number;
  reason?: string;
}

/** A place in the manifest file, 1-based like editors and GitHub annotations. */
export interface SourcePosition {
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning';

/** One finding about the manifest, pointing at the line and column it is about. */
export interface Diagnostic {
  severity: Severity;
  /** Stable rule id, e.g. `yaml-syntax`, `schema`, `duplicate-selector`. */
  rule: string;
  file: string;
  line: number;
  column: number;
  /** Where in the document, e.g. `actions[2].timeoutSeconds`; empty for the whole file. */
  path: string;
  message: string;
}
