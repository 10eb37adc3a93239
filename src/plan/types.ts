/** What kind of action this is, as far as timeouts go (GENESYS_API.md §3). */
export type ActionKind = 'custom' | 'function' | 'static' | 'custom-auth';

/** One live data action, normalised for planning. A timeout is null when the platform default applies. */
export interface LiveAction {
  id: string;
  name: string;
  category: string;
  integrationId: string;
  integrationName: string;
  /** `integrationType.id`, e.g. `custom-rest-actions`; undefined when the integration is unknown. */
  integrationType: string | undefined;
  kind: ActionKind;
  version: number;
  secure: boolean;
  /** `config.timeoutSeconds`; null is the platform default (the API's absent or 0). */
  timeoutSeconds: number | null;
  /** Published `function.timeoutSeconds` of a function action; null for the default or any other kind. */
  functionTimeoutSeconds: number | null;
}

/** The org as read at plan time. */
export interface LiveOrg {
  region: string;
  actions: LiveAction[];
  /**
   * Why the integrations could not be read (e.g. the OAuth client lacks
   * integrations:integration:view); then integration names and types are unknown, so function
   * data actions cannot be told apart. Absent when they were read.
   */
  integrationsUnreadable?: string;
}

export type TimeoutField = 'timeoutSeconds' | 'functionTimeoutSeconds';

export type ChangeOp = 'set' | 'update' | 'reset';
export type PlanOp = ChangeOp | 'unchanged' | 'unmanaged';

export const CHANGE_OPS: readonly PlanOp[] = ['set', 'update', 'reset'];

export function isChange(op: PlanOp): op is ChangeOp {
  return op === 'set' || op === 'update' || op === 'reset';
}

/** One action and field in the plan: what it is now, what the manifest wants, and which line decided. */
export interface PlanEntry {
  op: PlanOp;
  actionId: string;
  actionName: string;
  integrationId: string;
  integrationName: string;
  category: string;
  field: TimeoutField;
  /** Live value at plan time; null is the platform default. */
  from: number | null;
  /** Desired value; null is the platform default. Equal to `from` for unchanged and unmanaged rows. */
  to: number | null;
  /**
   * The action's version at plan time. Apply re-reads the action and compares both: a `from` that
   * moved is someone's edit of this timeout (version-conflict); a version that moved with `from`
   * unchanged is an edit of another field, which the write keeps.
   */
  version: number;
  /** The manifest entry that decided this row (null for unmanaged rows). */
  entryIndex: number | null;
  line: number | null;
  selector: 'id' | 'name' | 'match' | null;
  reason: string | null;
  /** Observed execution time of the action (analytics), for managed rows; null when unknown. */
  latency: ObservedLatency | null;
  /**
   * The Architect flows that use the action (dependency tracking, as of its last build), on rows
   * that change; null when not read (other rows, or without architect:dependencyTracking:view).
   */
  usedBy: PlanFlow[] | null;
}

/** A flow that calls the action: one per flow, whatever the number of its versions that do. */
export interface PlanFlow {
  id: string;
  name: string;
  /** The flow type, e.g. INBOUNDCALLFLOW, INQUEUECALLFLOW, BOTFLOW. */
  type: string;
}

/** `tTotalExecution` of the action over the last `days` days, in milliseconds. */
export interface ObservedLatency {
  days: number;
  count: number;
  p95Ms: number | null;
  p99Ms: number | null;
}

export type ProblemCode =
  | 'manifest'
  | 'unknown-id'
  | 'unknown-name'
  | 'ambiguous-name'
  | 'static-action'
  | 'custom-auth-action'
  | 'not-a-function-action'
  | 'duplicate-target'
  | 'no-match'
  | 'unmanaged'
  | 'max-changes'
  | 'policy'
  | 'latency'
  | 'integrations-unreadable';

export interface PlanProblem {
  severity: 'error' | 'warning';
  code: ProblemCode;
  message: string;
  line: number | null;
  column: number | null;
  entryIndex: number | null;
  actionId: string | null;
}

export interface PlanCounts {
  set: number;
  update: number;
  reset: number;
  unchanged: number;
  unmanaged: number;
  /** set + update + reset. */
  changes: number;
  /** Distinct actions with at least one change. */
  changedActions: number;
  errors: number;
  warnings: number;
}

/** The plan document (format 1): everything a reviewer, the apply step and a script need. */
export interface Plan {
  format: 1;
  tool: { name: 'gc-timeouts'; version: string };
  label: string;
  manifest: string;
  region: string;
  /**
   * The API host the live org was read from (`api.mypurecloud.com`, or a proxy's or the
   * simulator's host). A saved plan applies only against the same host.
   */
  apiHost?: string;
  /** sha256 of the canonical list of (action id, field, from, to) of the changes. */
  fingerprint: string;
  counts: PlanCounts;
  /** Every row, in a deterministic order: changes first, then unchanged, then unmanaged. */
  entries: PlanEntry[];
  errors: PlanProblem[];
  warnings: PlanProblem[];
  /** Why evidence is missing (flows, latency), each said once; never a problem with the manifest. */
  notes: string[];
}

export type ApplyStatus = 'applied' | 'already-applied' | 'failed';
export type ApplyFailure =
  | 'version-conflict'
  | 'verify-failed'
  | 'refused'
  | 'rate-limited'
  | 'auth-failed'
  | 'api-error'
  /** Never tried: the run deadline passed, or the circuit breaker stopped the apply first. */
  | 'not-attempted';

/** What happened to one planned change. */
export interface ApplyResult {
  actionId: string;
  actionName: string;
  integrationName: string;
  field: TimeoutField;
  from: number | null;
  to: number | null;
  status: ApplyStatus;
  reason: ApplyFailure | null;
  message: string | null;
}

export interface ApplyReport {
  /** The fingerprint of the plan that was applied. */
  fingerprint: string;
  results: ApplyResult[];
  counts: { applied: number; alreadyApplied: number; failed: number };
}
