/**
 * One org's manifest (v1): what validation yields for a file without environments, and what
 * selectEnvironment yields for one environment of a file with them. Planning takes only this.
 * Field docs live in the schema and the README.
 */
export interface Manifest {
  version: 1;
  org?: { region?: string };
  policy?: Policy;
  /**
   * Globs of Archy YAML flow files kept in the repository (relative to the manifest's directory):
   * the plan says which of their Call Data Actions call each changed action, offline.
   */
  flows?: string[];
  actions: ManifestEntry[];
}

export type UnmanagedPolicy = 'ignore' | 'report' | 'fail';

export interface Policy {
  minTimeoutSeconds?: number;
  maxTimeoutSeconds?: number;
  maxChanges?: number;
  unmanaged?: UnmanagedPolicy;
  /** recommend proposes p99 × this, rounded up (> 1; default 1.5). */
  latencyHeadroom?: number;
  /** A timeout below the observed p99 is a plan error instead of a warning. */
  failBelowP99?: boolean;
  /**
   * A flow that waits its own timeout, shorter than a change's new one (GENESYS_API.md §13):
   * ignore it, warn (the default), or fail the plan.
   */
  flowOverrides?: 'ignore' | 'warn' | 'fail';
}

/** Drift on the entry's actions is a note, not drift, through `until` (YYYY-MM-DD, UTC). */
export interface AcceptDrift {
  until: string;
  reason: string;
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
  acceptDrift?: AcceptDrift;
}

/** A value for every environment (`default`) with per-environment overrides, keyed by name. */
export type PerEnvironment<T> = Readonly<Record<string, T>>;

/** One org of a manifest that declares several (dev, test, prod, ...). */
export interface EnvironmentSpec {
  region?: string;
  /** Overrides the top-level policy key by key for this environment. */
  policy?: Policy;
}

/** An entry as written in a file that may declare environments. */
export interface DocumentEntry extends Omit<
  ManifestEntry,
  'timeoutSeconds' | 'functionTimeoutSeconds'
> {
  timeoutSeconds?: number | 'default' | PerEnvironment<number | 'default'>;
  functionTimeoutSeconds?: number | PerEnvironment<number>;
  /** The environments this entry exists in (all when absent). */
  environments?: string[];
}

/**
 * The manifest file as written: a Manifest, or one that declares `environments` and per-entry
 * values per environment. Without `environments` it is exactly a Manifest.
 */
export interface ManifestDocument {
  version: 1;
  org?: { region?: string };
  environments?: Readonly<Record<string, EnvironmentSpec>>;
  policy?: Policy;
  actions: DocumentEntry[];
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
